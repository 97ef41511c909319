// `sitrep worker`: runs ingest, pipeline (reprocess) and merge jobs from the queue until SIGINT/SIGTERM. One job at a time per process
// unless `jobs` says more (extraction is CPU-bound: start one worker per core; a second job lets one job's store and
// merge run while the next is extracted, in the one extraction thread); graphile-worker retries a failed job with backoff.
import { EventEmitter } from "node:events";
import { makeWorkerUtils, type Runner, run, type Task, type WorkerEvents, type WorkerUtils } from "graphile-worker";
import pg from "pg";
import { createExtractPool, type ExtractPool } from "../extract/extract-pool.js";
import { ingestDocuments } from "../ingest-documents.js";
import { WHOLE_STORE } from "../merge/merge-partition.js";
import { completeIncidents, updateIncidents } from "../merge/update-incidents.js";
import type { EventRecord } from "../records/event-record.js";
import type { Store } from "../store/store.js";
import { type IngestJob, queueMerge, rawsOf, URGENT_MERGE_EVERY_DOCUMENTS } from "./jobs.js";
import { withMergeLock } from "./merge-lock.js";
import { mergeTask } from "./merge-task.js";
import { isUrgentMergeQueued } from "./merge-timing.js";
import { pipelineTask } from "./pipeline-task.js";
import { beat, heartbeatEveryMs, RECLAIM_AFTER_S, reclaimDeadWorkersJobs } from "./reclaim-jobs.js";
import { listStaleIncidentMembers } from "./stale-members.js";

export type WorkerHandle = { runner: Runner; stop(): Promise<void> };

export async function startWorker(
  url: string,
  store: Store,
  options: { pollIntervalMs?: number; reclaimAfterS?: number; jobs?: number; mergePartitions?: boolean } = {},
): Promise<WorkerHandle> {
  const reclaimAfterS = options.reclaimAfterS ?? RECLAIM_AFTER_S;
  const jobs = options.jobs ?? 1;
  // A connection per job in hand, one for the merge lock, one for graphile-worker's listener and the heartbeat.
  const pool = new pg.Pool({ connectionString: url, max: 2 + 2 * jobs });
  // An idle connection the server dropped is an error event on the pool; the next query opens another.
  pool.on("error", () => {});
  // A checked-out client's connection dropping is an error event on the client: unheard, it would end the process.
  pool.on("connect", (client) => client.on("error", () => {}));
  const utils = await makeWorkerUtils({ pgPool: pool });
  await utils.migrate();
  await reclaimDeadWorkersJobs(pool, utils, reclaimAfterS);
  // A worker killed between saving a document and queueing its merge left events in no incident, and one killed
  // between reprocessing a document and queueing its merge left incidents holding deleted events: merge them now.
  await withMergeLock(pool, WHOLE_STORE, async () => {
    await completeIncidents(store);
    await updateIncidents(store, [], undefined, { removed: await listStaleIncidentMembers(pool) });
  });
  const extract = createExtractPool({ size: 1 });
  // Loaded before the worker says it is ready, so its first job is timed (and budgeted) like the rest.
  await extract.warm();
  // The pool's id is what graphile-worker writes as a job's locked_by: beat under it before the first job.
  const events = new EventEmitter() as WorkerEvents;
  const beating: Promise<void>[] = [];
  let heartbeat: NodeJS.Timeout | undefined;
  events.on("pool:create", ({ workerPool }) => {
    beating.push(beat(pool, workerPool.id));
    heartbeat = setInterval(
      () =>
        void beat(pool, workerPool.id)
          .then(() => reclaimDeadWorkersJobs(pool, utils, reclaimAfterS))
          .catch(() => {}),
      heartbeatEveryMs(reclaimAfterS),
    );
  });
  const runner = await run({
    events,
    pgPool: pool,
    concurrency: jobs,
    pollInterval: options.pollIntervalMs ?? 1000,
    noHandleSignals: true,
    // sitrep schedules nothing: without this, graphile-worker reads a file named crontab in whatever folder it runs in.
    parsedCronItems: [],
    taskList: {
      ingest: ingestTask(pool, store, extract, utils, { partitioned: options.mergePartitions }),
      pipeline: pipelineTask(store, extract, utils),
      merge: mergeTask(pool, store, utils, (partition, run) => withMergeLock(pool, partition, run)),
    },
  });
  await Promise.all(beating);
  return {
    runner,
    async stop() {
      clearInterval(heartbeat);
      await runner.stop();
      await extract.close();
      await utils.release();
      await pool.end();
    },
  };
}

/** The job's documents one after another, each stored in its own transaction as inline ingest does; one merge job per
 * partition for all their events, queued after the last, or after the documents stored before a failure stopped the
 * job. A job run again (it failed, or its worker died) finds what it stored before as duplicates, whose merges may
 * never have been queued: it queues them too (merging events already merged changes nothing). */
function ingestTask(
  pool: pg.Pool,
  store: Store,
  extract: ExtractPool,
  utils: WorkerUtils,
  merges: { partitioned?: boolean },
): Task {
  let ingestedSinceUrgentMerge = 0;
  return async (payload, helpers) => {
    const job = payload as IngestJob;
    async function* items() {
      for (const raw of rawsOf(job)) yield { raw };
    }
    const stored: EventRecord[] = [];
    const storedBefore: string[] = [];
    try {
      await ingestDocuments(items(), store, {
        published: job.published,
        language: job.language,
        pool: extract,
        mergeEvents: async (_, events) => void stored.push(...events),
        onOutcome: (outcome) => {
          if (helpers.job.attempts > 1 && outcome.kind === "duplicate" && outcome.documentId)
            storedBefore.push(outcome.documentId);
        },
      });
    } finally {
      for (const documentId of storedBefore) stored.push(...(await store.listEvents({ documentId })));
      ingestedSinceUrgentMerge += rawsOf(job).length;
      let urgent = ingestedSinceUrgentMerge >= URGENT_MERGE_EVERY_DOCUMENTS;
      if (urgent) ingestedSinceUrgentMerge = 0;
      // Another worker's urgent merge is queued or running: the next one takes these documents up (merge-timing.ts).
      if (urgent && (await isUrgentMergeQueued(pool))) urgent = false;
      await queueMerge(utils, stored, [], { ...merges, urgent });
    }
  };
}
