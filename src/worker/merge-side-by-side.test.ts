// Two workers merging two countries at once must give the incidents one worker gives, and those of merging every
// report at once. Invented reports of two countries are stored and their merge jobs queued a few at a time while
// graphile-worker runners take them (in this process, with the worker's merge task and locks), so merges of both
// countries run while more are queued; with two runners the first country's merge waits, up to a few seconds, until
// the other country's holds its lock too, so the run shows the two side by side. With events of no country, a
// country's events that meet one are merged holding the whole store.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { Logger, makeWorkerUtils, run } from "graphile-worker";
import pg from "pg";
import { mergeEvents } from "../merge/merge-events.js";
import { WHOLE_STORE } from "../merge/merge-partition.js";
import type { EventRecord } from "../records/event-record.js";
import type { IncidentRecord } from "../records/incident-record.js";
import { openStore } from "../store/open-store.js";
import { documentsOf, drawFrom, inventCountryReports, saveReport } from "../testing/invent-country-reports.js";
import { STORE_BACKENDS } from "../testing/store-backends.js";
import { queueMerge } from "./jobs.js";
import { withMergeLock } from "./merge-lock.js";
import { type MergeLock, mergeTask } from "./merge-task.js";

const postgres = STORE_BACKENDS.find((b) => b.name === "postgres")!;

type Run = { incidents: IncidentRecord[]; mostAtOnce: number; mergedAgain: number; memberships: number[] };

/** Stores the reports and queues their merges, 8 reports at a time, while `workers` runners merge. */
async function mergeWithWorkers(reports: EventRecord[][], workers: number): Promise<Run> {
  const url = await postgres.newLocation();
  const store = await openStore(url);
  const pool = new pg.Pool({ connectionString: url, max: 12 });
  pool.on("error", () => {});
  const utils = await makeWorkerUtils({ pgPool: pool });
  await utils.migrate();
  let holding = 0;
  let mostAtOnce = 0;
  let waited = workers < 2;
  const lock: MergeLock = (partition, work) =>
    withMergeLock(pool, partition, async () => {
      holding += 1;
      mostAtOnce = Math.max(mostAtOnce, holding);
      try {
        if (!waited && partition !== WHOLE_STORE) {
          waited = true;
          for (const start = Date.now(); holding < 2 && Date.now() - start < 5000; ) await pause(50);
        }
        return await work();
      } finally {
        holding -= 1;
      }
    });
  const messages: string[] = [];
  const logger = new Logger(() => (_level, message) => void messages.push(message));
  const runners = await Promise.all(
    Array.from({ length: workers }, () =>
      run({
        pgPool: pool,
        concurrency: 1,
        pollInterval: 100,
        noHandleSignals: true,
        logger,
        taskList: { merge: mergeTask(pool, store, utils, lock) },
      }),
    ),
  );
  try {
    for (let start = 0; start < reports.length; start += 8) {
      for (const report of reports.slice(start, start + 8)) {
        await saveReport(store, report);
        await queueMerge(utils, report, [], { partitioned: true });
      }
      await pause(100);
    }
    await waitForEmptyQueue(pool);
    const { rows } = await pool.query<{ n: number }>(
      "select count(ie.incident_id)::int as n from events e left join incident_events ie using (event_id) group by e.event_id",
    );
    const mergedAgain = messages.filter((m) => m.includes("holding the whole store")).length;
    return { incidents: await store.listIncidents(), mostAtOnce, mergedAgain, memberships: rows.map((r) => r.n) };
  } finally {
    await Promise.all(runners.map((r) => r.stop()));
    await utils.release();
    await pool.end();
    await store.close();
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForEmptyQueue(pool: pg.Pool): Promise<void> {
  for (const start = Date.now(); Date.now() - start < 120_000; await pause(100)) {
    const { rows } = await pool.query<{ n: number }>("select count(*)::int as n from graphile_worker.jobs");
    if (rows[0].n === 0) return;
  }
  throw new Error("the queue did not empty in time");
}

const byId = (list: IncidentRecord[]) =>
  JSON.parse(JSON.stringify([...list].sort((a, b) => (a.incident_id < b.incident_id ? -1 : 1))));

describe("worker: merges of two countries side by side", { skip: postgres.skip }, () => {
  after(() => postgres.cleanUp());

  it("two workers merging two countries at once give the incidents of one worker and of merging all at once", {
    timeout: 300_000,
  }, async () => {
    const reports = inventCountryReports(48, drawFrom(7));
    const all = byId(mergeEvents(reports.flat(), documentsOf(reports)));
    const two = await mergeWithWorkers(reports, 2);
    assert.ok(two.mostAtOnce >= 2, `at most ${two.mostAtOnce} merge at once`);
    assert.ok(
      two.memberships.every((n) => n === 1),
      "every event in exactly one incident",
    );
    assert.deepEqual(byId(two.incidents), all);
    const one = await mergeWithWorkers(reports, 1);
    assert.equal(one.mostAtOnce, 1);
    assert.deepEqual(byId(one.incidents), byId(two.incidents));
  });

  it("with events of no country too: the same incidents as merging all at once, every event in one incident", {
    timeout: 300_000,
  }, async () => {
    const reports = inventCountryReports(48, drawFrom(11), 0.3);
    const all = byId(mergeEvents(reports.flat(), documentsOf(reports)));
    const two = await mergeWithWorkers(reports, 2);
    assert.ok(
      two.memberships.every((n) => n === 1),
      "every event in exactly one incident",
    );
    assert.deepEqual(byId(two.incidents), all);
    assert.ok(
      two.mergedAgain > 0,
      "some country's events met events of no country and were merged holding the whole store",
    );
  });
});
