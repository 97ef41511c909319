// The merge backlog shared by the workers: documents leave it when a merge takes their jobs up, and come back when
// that merge fails or its worker is taken for dead, so no merge is lost.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { makeWorkerUtils, type WorkerUtils } from "graphile-worker";
import pg from "pg";
import type { EventRecord } from "../records/event-record.js";
import { STORE_BACKENDS } from "../testing/store-backends.js";
import { MERGE_QUEUE, queueIngest, queueMerge } from "./jobs.js";
import {
  completeTakenUp,
  countUnmergedDocuments,
  releaseTakenUp,
  takeUpWaitingMerges,
  waitForLastIngests,
} from "./merge-backlog.js";

const postgres = STORE_BACKENDS.find((b) => b.name === "postgres")!;

/** An event of `documentId` with only what queueMerge reads (its sources). */
const eventOf = (documentId: string) => ({ sources: [{ document_id: documentId }] }) as unknown as EventRecord;

async function withQueue(test: (pool: pg.Pool, utils: WorkerUtils) => Promise<void>): Promise<void> {
  const pool = new pg.Pool({ connectionString: await postgres.newLocation(), max: 2 });
  pool.on("error", () => {});
  const utils = await makeWorkerUtils({ pgPool: pool });
  try {
    await utils.migrate();
    await test(pool, utils);
  } finally {
    await utils.release();
    await pool.end();
  }
}

const documentsOf = (jobs: { payload: { documentIds: string[] } }[]) => jobs.flatMap((j) => j.payload.documentIds);

describe("worker: the merge backlog", { skip: postgres.skip }, () => {
  after(() => postgres.cleanUp());

  it("counts the documents of merge jobs no merge has taken up; taken-up jobs leave it until done or freed", async () => {
    await withQueue(async (pool, utils) => {
      await queueMerge(utils, [eventOf("a"), eventOf("b")]);
      await queueMerge(utils, [eventOf("c")], [], { urgent: true });
      assert.equal(await countUnmergedDocuments(pool), 3);
      const taken = await takeUpWaitingMerges(pool, MERGE_QUEUE, "worker-1");
      assert.deepEqual(documentsOf(taken), ["a", "b", "c"], "every waiting job, oldest first");
      assert.equal(await countUnmergedDocuments(pool), 0);
      assert.deepEqual(await takeUpWaitingMerges(pool, MERGE_QUEUE, "worker-2"), [], "no job taken up twice");
      await queueMerge(utils, [eventOf("d")]);
      assert.equal(await countUnmergedDocuments(pool), 1, "queued while the merge runs: waiting for the next one");
      await releaseTakenUp(pool, taken, "worker-1");
      assert.equal(await countUnmergedDocuments(pool), 4, "a failed merge's jobs wait again");
      const again = await takeUpWaitingMerges(pool, MERGE_QUEUE, "worker-2");
      await completeTakenUp(pool, again, "worker-2");
      assert.equal(await countUnmergedDocuments(pool), 0);
      const { rows } = await pool.query("select 1 from graphile_worker.jobs");
      assert.equal(rows.length, 0, "done jobs are deleted");
    });
  });

  it("a worker taken for dead frees the jobs its merge took up, for the next merge", async () => {
    await withQueue(async (pool, utils) => {
      await queueMerge(utils, [eventOf("a")]);
      await queueMerge(utils, [eventOf("b")]);
      const taken = await takeUpWaitingMerges(pool, MERGE_QUEUE, "dead-worker");
      assert.equal(taken.length, 2);
      await utils.forceUnlockWorkers(["dead-worker"]);
      assert.equal(await countUnmergedDocuments(pool), 2);
      assert.deepEqual(documentsOf(await takeUpWaitingMerges(pool, MERGE_QUEUE, "heir")), ["a", "b"]);
      await completeTakenUp(pool, taken, "dead-worker");
      assert.equal(
        (await pool.query("select 1 from graphile_worker.jobs")).rows.length,
        2,
        "the heir's now, not deleted",
      );
    });
  });

  it("a merge at the end of the queue waits for another worker's last ingest job, not while ingest jobs wait", async () => {
    await withQueue(async (pool, utils) => {
      const raw = (n: number) => ({ origin: `r${n}.txt`, kind: "text" as const, content: `Report ${n}.`, meta: {} });
      await queueIngest(utils, { raws: [raw(1)] });
      await queueIngest(utils, { raws: [raw(2)] });
      assert.ok((await waitForLastIngests(pool, "merger")) < 1000, "ingest jobs wait: the merge starts at once");
      await pool.query(
        "update graphile_worker._private_jobs set locked_at = now(), locked_by = 'other', attempts = 1 where id = (select min(id) from graphile_worker._private_jobs)",
      );
      await pool.query("delete from graphile_worker._private_jobs where locked_at is null");
      const finish = new Promise((resolve) => setTimeout(resolve, 400)).then(() =>
        pool.query("delete from graphile_worker._private_jobs"),
      );
      const waited = await waitForLastIngests(pool, "merger");
      await finish;
      assert.ok(waited >= 350 && waited < 4000, `waited ${waited} ms for the other worker's last job`);
      assert.ok((await waitForLastIngests(pool, "merger")) < 1000, "nothing running: no wait");
    });
  });
});
