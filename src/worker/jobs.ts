// The job queue (graphile-worker, on the store's PostgreSQL): what `sitrep ingest --queue` adds and `sitrep worker`
// runs. An ingest job carries one raw document; it cleans, annotates and saves it, then queues a merge job for its
// documents. Merge jobs share one named queue, which graphile-worker runs one job at a time across every worker,
// because two merges of the same block at once would each replace the other's incidents.
import { createHash } from "node:crypto";
import type { WorkerUtils } from "graphile-worker";
import type { RawDocument } from "../ingest/raw-document.js";
import type { EventRecord } from "../records/event-record.js";

export type IngestJob = { raw: RawDocument; published?: string; language?: string };
/** `removed`: event ids a reprocessed document no longer has, whose incidents are merged again without them. */
export type MergeJob = { documentIds: string[]; removed?: string[] };
/** A stored document through the current pipeline again (`sitrep reprocess --queue`). */
export type PipelineJob = { documentId: string; published?: string };

/** Attempts before a job is left failed; graphile-worker waits exp(attempt) seconds between them. */
export const JOB_ATTEMPTS = { ingest: 5, pipeline: 5, merge: 10 } as const;
export const MERGE_QUEUE = "sitrep-merge";

/** The same input queued twice while the first is still waiting is one job (the key is its content hash); once
 * run, a re-queued copy is a duplicate by the store's own content hash. */
export async function queueIngest(utils: WorkerUtils, job: IngestJob): Promise<void> {
  const key = createHash("sha256")
    .update(job.raw.origin)
    .update("\n")
    .update(job.raw.content)
    .digest("hex")
    .slice(0, 32);
  await utils.addJob("ingest", job, { jobKey: `ingest:${key}`, maxAttempts: JOB_ATTEMPTS.ingest });
}

/** One job per document: queued again while it waits, it is still one job (the same key). */
export async function queuePipeline(utils: WorkerUtils, job: PipelineJob): Promise<void> {
  await utils.addJob("pipeline", job, { jobKey: `pipeline:${job.documentId}`, maxAttempts: JOB_ATTEMPTS.pipeline });
}

export async function queueMerge(utils: WorkerUtils, events: EventRecord[], removed: string[] = []): Promise<void> {
  const documentIds = [...new Set(events.flatMap((e) => e.sources.map((s) => s.document_id)))].sort();
  if (documentIds.length === 0 && removed.length === 0) return;
  const job: MergeJob = removed.length > 0 ? { documentIds, removed } : { documentIds };
  await utils.addJob("merge", job, {
    queueName: MERGE_QUEUE,
    maxAttempts: JOB_ATTEMPTS.merge,
  });
}
