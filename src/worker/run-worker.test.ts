import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import pg from "pg";
import { spawnCli } from "../testing/run-cli.js";
import { STORE_BACKENDS } from "../testing/store-backends.js";

const postgres = STORE_BACKENDS.find((b) => b.name === "postgres")!;

// Invented reports: three towns, each attacked twice in reports worded differently (two reports of one incident),
// so merging has incidents of several reports to get right while two workers store them side by side.
const TOWNS = ["Kirkuk", "Goma", "Maiduguri"];
function inventReports(dir: string): number {
  mkdirSync(dir, { recursive: true });
  TOWNS.forEach((town, i) => {
    writeFileSync(
      join(dir, `${town}-a.txt`),
      `Gunmen attacked a police post in ${town} on Monday, killing ${i + 3} officers, the provincial governor said.\n\nResidents said the fighting lasted several hours.`,
    );
    writeFileSync(
      join(dir, `${town}-b.txt`),
      `At least ${i + 3} police officers were killed when armed men stormed a police post in ${town} on Monday, officials said.\n\nThe army said troops had been sent to the area.`,
    );
  });
  writeFileSync(
    join(dir, "Kirkuk-copy.txt"),
    `Gunmen attacked a police post in Kirkuk on Monday, killing 3 officers, the provincial governor said.\n\nResidents said the fighting lasted several hours.`,
  );
  return TOWNS.length * 2;
}

async function waitForEmptyQueue(url: string, timeoutMs: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const start = Date.now(); Date.now() - start < timeoutMs; await new Promise((r) => setTimeout(r, 250))) {
      const { rows } = await client.query<{ n: number }>("select count(*)::int as n from graphile_worker.jobs");
      if (rows[0].n === 0) return;
    }
    throw new Error("the queue did not empty in time");
  } finally {
    await client.end();
  }
}

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

describe("worker: queued ingest on PostgreSQL", { skip: postgres.skip }, () => {
  after(() => postgres.cleanUp());

  it("two workers store every queued document once and put every event in exactly one incident", {
    timeout: 600_000,
  }, async () => {
    const url = await postgres.newLocation();
    const dir = join(mkdtempSync(join(tmpdir(), "sitrep-worker-")), "in");
    const texts = inventReports(dir);
    const queued = await spawnCli(["ingest", dir, "--queue", "--db", url, "--published", "2024-05-06"]).done;
    assert.equal(queued.status, 0, queued.stderr);
    assert.match(queued.stderr, /queued 7 of 7/);
    // The second with two jobs in hand: its own merge and ingest, or two ingests, at once.
    const workers = [spawnCli(["worker", "--db", url]), spawnCli(["worker", "--db", url, "--jobs", "2"])];
    const ready = workers.map((w) => untilReady(w.child));
    try {
      await waitForEmptyQueue(url, 500_000);
      await Promise.all(ready);
    } finally {
      for (const w of workers) w.child.kill("SIGTERM");
    }
    for (const w of workers) assert.equal((await w.done).status, 0, (await w.done).stderr);
    const documents = await query<{ status: string; reason: string | null }>(
      url,
      "select status, reason from documents",
    );
    assert.equal(documents.filter((d) => d.status === "ok").length, texts, JSON.stringify(documents));
    assert.equal(documents.length, texts + 1, "the copy has a row of its own, as a duplicate");
    const events = await query<{ event_id: string }>(url, "select event_id from events");
    const members = await query<{ event_id: string; n: number }>(
      url,
      "select e.event_id, count(ie.incident_id)::int as n from events e left join incident_events ie using (event_id) group by e.event_id",
    );
    assert.ok(events.length >= TOWNS.length, "the reports yield events");
    assert.ok(
      members.every((m) => m.n === 1),
      JSON.stringify(members),
    );
    const towns = await query<{ incident_id: string; record: string }>(
      url,
      "select incident_id, record from incidents",
    );
    for (const town of TOWNS) {
      const holding = towns.filter((t) => t.record.includes(town));
      assert.ok(holding.length >= 1, `an incident in ${town}`);
    }
  });

  it("a worker killed (SIGKILL) in the middle of a job: the next worker takes the job up, and each document is stored once", {
    timeout: 600_000,
  }, async () => {
    const url = await postgres.newLocation();
    const dir = join(mkdtempSync(join(tmpdir(), "sitrep-worker-")), "in");
    const texts = inventReports(dir);
    assert.equal((await spawnCli(["ingest", dir, "--queue", "--db", url, "--published", "2024-05-06"]).done).status, 0);
    // The dead worker's job is freed once it has been silent this long: the default 30 s would be most of the test.
    const reclaim = ["--reclaim-after", "5"];
    const doomed = spawnCli(["worker", "--db", url, ...reclaim]);
    for (let locked = 0; locked === 0; await new Promise((r) => setTimeout(r, 200))) {
      locked = (
        await query<{ n: number }>(
          url,
          "select count(*)::int as n from graphile_worker.jobs where locked_by is not null",
        )
      )[0].n;
    }
    doomed.child.kill("SIGKILL");
    await doomed.done;
    const heir = spawnCli(["worker", "--db", url, ...reclaim]);
    try {
      await waitForEmptyQueue(url, 500_000);
    } finally {
      heir.child.kill("SIGTERM");
    }
    assert.equal((await heir.done).status, 0, (await heir.done).stderr);
    const documents = await query<{ status: string }>(url, "select status from documents");
    assert.equal(documents.filter((d) => d.status === "ok").length, texts, JSON.stringify(documents));
    assert.equal(documents.length, texts + 1);
    // No partial document: every stored event has its source, every ok document its spans.
    const orphans = await query<{ n: number }>(
      url,
      "select count(*)::int as n from events where event_id not in (select event_id from event_sources)",
    );
    assert.equal(orphans[0].n, 0);
    const members = await query<{ n: number }>(
      url,
      "select count(ie.incident_id)::int as n from events e left join incident_events ie using (event_id) group by e.event_id",
    );
    assert.ok(members.length > 0 && members.every((m) => m.n === 1), JSON.stringify(members));
  });

  it("reprocess --queue: workers re-run the pipeline on stored documents, in place, once per document however often queued", {
    timeout: 600_000,
  }, async () => {
    const url = await postgres.newLocation();
    const dir = join(mkdtempSync(join(tmpdir(), "sitrep-worker-")), "in");
    const texts = inventReports(dir);
    // Stored without a publication date, "on Monday" cannot be dated; reprocessing with one dates the events.
    assert.equal((await spawnCli(["ingest", dir, "--queue", "--db", url]).done).status, 0);
    await runWorkers(url, 1);
    const undated = await query<{ n: number }>(url, "select count(*)::int as n from events where event_date is null");
    assert.ok(undated[0].n > 0, "the undated reports yield undated events");

    const reprocess = () => spawnCli(["reprocess", "--queue", "--db", url, "--published", "2024-05-06"]).done;
    const queued = await reprocess();
    assert.equal(queued.status, 0, queued.stderr);
    assert.match(queued.stderr, new RegExp(`queued ${texts} document`));
    assert.equal((await reprocess()).status, 0, "queued twice while waiting: still one job a document");
    const jobs = await query<{ n: number }>(
      url,
      "select count(*)::int as n from graphile_worker.jobs where task_identifier = 'pipeline'",
    );
    assert.equal(jobs[0].n, texts);
    await runWorkers(url, 2);
    const dated = await query<{ event_id: string; event_date: string | null }>(
      url,
      "select event_id, event_date from events order by event_id",
    );
    assert.ok(dated.length > 0 && dated.every((e) => e.event_date !== null), JSON.stringify(dated));
    assert.equal((await query(url, "select 1 from documents where status = 'ok'")).length, texts);
    await assertOneIncidentPerEvent(url);

    // Once more, the same pipeline: the same events and incidents.
    const incidents = await query<{ incident_id: string }>(url, "select incident_id from incidents order by 1");
    assert.equal((await reprocess()).status, 0);
    await runWorkers(url, 1);
    assert.deepEqual(await query(url, "select event_id, event_date from events order by event_id"), dated);
    assert.deepEqual(await query(url, "select incident_id from incidents order by 1"), incidents);
    await assertOneIncidentPerEvent(url);
  });
});

async function runWorkers(url: string, count: number): Promise<void> {
  const workers = Array.from({ length: count }, () => spawnCli(["worker", "--db", url]));
  const ready = workers.map((w) => untilReady(w.child));
  try {
    await waitForEmptyQueue(url, 500_000);
    // One worker can empty the queue while the other still starts; stopped then, it would not be the case tested.
    await Promise.all(ready);
  } finally {
    for (const w of workers) w.child.kill("SIGTERM");
  }
  for (const w of workers) assert.equal((await w.done).status, 0, (await w.done).stderr);
}

function untilReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    const onData = (chunk: Buffer | string) => {
      if (String(chunk).includes("waiting for jobs")) resolve();
    };
    child.stderr!.on("data", onData);
    child.once("close", () => resolve());
  });
}

/** Every event in exactly one incident, and no incident holding an event that is gone. */
async function assertOneIncidentPerEvent(url: string): Promise<void> {
  const members = await query<{ event_id: string; n: number }>(
    url,
    "select e.event_id, count(ie.incident_id)::int as n from events e left join incident_events ie using (event_id) group by e.event_id",
  );
  assert.ok(
    members.every((m) => m.n === 1),
    JSON.stringify(members),
  );
  const stale = await query(
    url,
    "select event_id from incident_events where event_id not in (select event_id from events)",
  );
  assert.deepEqual(stale, []);
}
