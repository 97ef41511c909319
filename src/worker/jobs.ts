// The job queue (graphile-worker, on the store's PostgreSQL): what `sitrep ingest --queue` adds and `sitrep worker`
// runs. An ingest job carries one raw document; it cleans, annotates and saves it, then queues merge jobs for its
// events. Two merges of the same block at once would each replace the other's incidents, so a merge job holds a
// partition of the store (merge/merge-partition.ts): one per country, since countries never link, and the whole store
// for events of no country. Each partition has a named queue, which graphile-worker runs one job at a time across
// every worker, so two workers merge two countries at once and never one country twice.
import { createHash } from "node:crypto";
import type { WorkerUtils } from "graphile-worker";
import type { RawDocument } from "../ingest/raw-document.js";
import { findPartition, WHOLE_STORE } from "../merge/merge-partition.js";
import { MERGE_SETTINGS } from "../merge/merge-settings.js";
import type { EventRecord } from "../records/event-record.js";

/** Several raw documents read with the same options (`raw`: one, as queued before batches). One job for several
 * saves a job's round trips (take, complete, queue its merge: 3 of ~19 statements a document) on all but one. */
export type IngestJob = { raws?: RawDocument[]; raw?: RawDocument; published?: string; language?: string };

export function rawsOf(job: IngestJob): RawDocument[] {
  return job.raws ?? (job.raw ? [job.raw] : []);
}
/** `removed`: event ids a reprocessed document no longer has, whose incidents are merged again without them.
 * `partition`: merge only the documents' events of that partition; without it (jobs queued before partitions, and
 * reprocessing, whose removed events' partitions are no longer known) every event of them, holding the whole store. */
export type MergeJob = {
  documentIds: string[];
  removed?: string[];
  partition?: string;
  /** Times the merge was put off for another worker's last ingest job (merge-timing.ts). */
  deferrals?: number;
};
/** A stored document through the current pipeline again (`sitrep reprocess --queue`). */
export type PipelineJob = { documentId: string; published?: string };

/** Attempts before a job is left failed; graphile-worker waits exp(attempt) seconds between them. */
export const JOB_ATTEMPTS = { ingest: 5, pipeline: 5, merge: 10 } as const;
/** A merge queued with this priority is taken before waiting ingest and pipeline jobs (graphile-worker runs the
 * numerically smallest first), and takes up every merge waiting in its queue (merge-task.ts). */
export const URGENT_MERGE_PRIORITY = -1;
/** Documents a worker ingests between two urgent merges. Queued behind every ingest job, all of a run's merges waited to
 * run as one at its end, on one core while the other had nothing left to do: on 1,000 short reports, 1.5–2.3 s of a
 * 12–15 s run. Every merge urgent ran one merge per ingest job (125 instead of 1–2), and their fixed cost (window reads,
 * incidents rewritten) raised the CPU a document from 21 to 30 ms (load 20); an urgent merge every 2 s ran 41 under the
 * same load, as many as the run had seconds to spare. Counted in documents, the merges stay few (about 8 in 1,000
 * documents) and large whatever the load, one worker merges while another ingests, and a run ends with at most this
 * many documents to merge (bench/RESULTS.md, session 12). */
export const URGENT_MERGE_EVERY_DOCUMENTS = 128;
/** The queue of the merges that hold the whole store; a partition's is this name and the partition's. */
export const MERGE_QUEUE = "sitrep-merge";

export function mergeQueueOf(partition: string | undefined): string {
  return partition === undefined || partition === WHOLE_STORE ? MERGE_QUEUE : `${MERGE_QUEUE}:${partition}`;
}

/** The same inputs queued twice while the first are still waiting are one job (the key is their content hash); once
 * run, a re-queued copy is a duplicate by the store's own content hash. */
export async function queueIngest(utils: WorkerUtils, job: IngestJob): Promise<void> {
  const hash = createHash("sha256");
  for (const raw of rawsOf(job)) hash.update(raw.origin).update("\n").update(raw.content).update("\n");
  const key = hash.digest("hex").slice(0, 32);
  await utils.addJob("ingest", job, { jobKey: `ingest:${key}`, maxAttempts: JOB_ATTEMPTS.ingest });
}

/** One job per document: queued again while it waits, it is still one job (the same key). */
export async function queuePipeline(utils: WorkerUtils, job: PipelineJob): Promise<void> {
  await utils.addJob("pipeline", job, { jobKey: `pipeline:${job.documentId}`, maxAttempts: JOB_ATTEMPTS.pipeline });
}

/** One merge job per partition the events fall in when `partitioned` (`sitrep worker --merge-partitions`), else one
 * holding the whole store with every event (as when there are removed events); added in one statement, taken before
 * waiting ingest jobs when `urgent`. */
export async function queueMerge(
  utils: WorkerUtils,
  events: EventRecord[],
  removed: string[] = [],
  options: { partitioned?: boolean; urgent?: boolean } = {},
): Promise<void> {
  const jobs =
    removed.length > 0 || !options.partitioned
      ? [removed.length > 0 ? { documentIds: documentsOf(events), removed } : { documentIds: documentsOf(events) }]
      : splitByPartition(events);
  const specs = jobs
    .filter((job) => job.documentIds.length > 0 || (job.removed?.length ?? 0) > 0)
    .map((job) => ({
      identifier: "merge",
      payload: job,
      queueName: mergeQueueOf(job.partition),
      maxAttempts: JOB_ATTEMPTS.merge,
      ...(options.urgent ? { priority: URGENT_MERGE_PRIORITY } : {}),
    }));
  if (specs.length > 0) await utils.addJobs(specs);
}

function splitByPartition(events: EventRecord[]): MergeJob[] {
  const byPartition = new Map<string, EventRecord[]>();
  for (const event of events) {
    const partition = findPartition(event, MERGE_SETTINGS);
    const inside = byPartition.get(partition);
    if (inside) inside.push(event);
    else byPartition.set(partition, [event]);
  }
  return [...byPartition]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([partition, inside]) => ({ documentIds: documentsOf(inside), partition }));
}

const documentsOf = (events: EventRecord[]) =>
  [...new Set(events.flatMap((e) => e.sources.map((s) => s.document_id)))].sort();
