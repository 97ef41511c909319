// Urgent merges: queued with a smaller priority, graphile-worker hands them out before ingest jobs queued earlier.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { makeWorkerUtils } from "graphile-worker";
import pg from "pg";
import type { EventRecord } from "../records/event-record.js";
import { STORE_BACKENDS } from "../testing/store-backends.js";
import { queueIngest, queueMerge } from "./jobs.js";

const postgres = STORE_BACKENDS.find((b) => b.name === "postgres")!;

/** An event of `documentId` with only what queueMerge reads (its sources). */
const eventOf = (documentId: string) => ({ sources: [{ document_id: documentId }] }) as unknown as EventRecord;

describe("worker jobs: urgent merges", { skip: postgres.skip }, () => {
  after(() => postgres.cleanUp());

  it("an urgent merge is taken before ingest jobs queued first; a plain one after them", async () => {
    const pool = new pg.Pool({ connectionString: await postgres.newLocation(), max: 2 });
    const utils = await makeWorkerUtils({ pgPool: pool });
    try {
      await utils.migrate();
      for (const n of [1, 2])
        await queueIngest(utils, { raws: [{ origin: `r${n}.txt`, kind: "text", content: `Report ${n}.`, meta: {} }] });
      await queueMerge(utils, [eventOf("plain")]);
      await queueMerge(utils, [eventOf("urgent")], [], { urgent: true });
      // graphile-worker's own order for taking jobs: priority, then run_at, then id (the public view has no payload).
      const { rows } = await pool.query<{ task_identifier: string; payload: { documentIds?: string[] } }>(
        `select t.identifier as task_identifier, j.payload from graphile_worker._private_jobs j
         join graphile_worker._private_tasks t on t.id = j.task_id order by j.priority, j.run_at, j.id`,
      );
      const order = rows.map((r) => r.payload.documentIds?.[0] ?? r.task_identifier);
      assert.deepEqual(order, ["urgent", "ingest", "ingest", "plain"]);
    } finally {
      await utils.release();
      await pool.end();
    }
  });
});
