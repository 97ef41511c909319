// A small pool of persistent extraction workers (node:worker_threads). Cleaning and annotating run off the main
// thread, so a server keeps answering while a big page is processed, and each step has a wall-clock budget: a
// worker still busy when it runs out is terminated and replaced, and the document is a skipped result with
// reason "timeout". Workers start lazily (loading the lexicons takes seconds, and is not counted in a budget)
// and are unref'd while idle, so an idle pool never keeps a process alive.
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import { CONFIG } from "../config.js";
import type { Doc } from "../doc.js";
import type { RawDocument, SkippedInput, SkipStage } from "../ingest/raw-document.js";
import type { CleanOptions, CleanResult } from "../stages/clean/index.js";
import type { AnnotateResult, ExtractReply, ExtractTask } from "./extract-messages.js";
import { startWorker } from "./start-worker.js";

export type { AnnotateResult } from "./extract-messages.js";

export type ExtractPool = {
  /** Raw document -> cleaned Doc, or skipped (too large, too short, failed, timeout). */
  clean(raw: RawDocument, options?: CleanOptions, budgetMs?: number): Promise<CleanResult>;
  /** Cleaned Doc -> every layer and its event records, or skipped (failed, timeout). */
  annotate(doc: Doc, budgetMs?: number): Promise<AnnotateResult>;
  /** Starts every worker now and resolves when each has loaded its resources (or died trying), for a process that
   * should not spend its first jobs loading, such as a queue worker timed from when it says it is ready. */
  warm(): Promise<void>;
  /** Terminates every worker; pending steps end as skipped. */
  close(): Promise<void>;
};

export type PoolSettings = { size?: number; timeoutMs?: number; heapMb?: number };

type Job = {
  task: ExtractTask;
  origin: string;
  budgetMs: number;
  resolve: (result: CleanResult | AnnotateResult) => void;
};
type Slot = { worker: Worker; ready: boolean; loaded: Promise<void>; job?: Job; timer?: NodeJS.Timeout };

export function createExtractPool(settings: PoolSettings = {}): ExtractPool {
  const size = settings.size ?? CONFIG.extractWorkers;
  const timeoutMs = settings.timeoutMs ?? CONFIG.extractTimeoutMs;
  const heapMb = settings.heapMb ?? CONFIG.extractWorkerHeapMb;
  const slots = new Set<Slot>();
  const queue: Job[] = [];
  let closed = false;

  function submit<T extends CleanResult | AnnotateResult>(
    task: ExtractTask,
    origin: string,
    budgetMs: number,
  ): Promise<T> {
    return new Promise<T>((resolve) => {
      queue.push({ task, origin, budgetMs, resolve: resolve as Job["resolve"] });
      pump();
    });
  }

  function pump(): void {
    while (queue.length > 0 && !closed) {
      const idle = [...slots].find((slot) => slot.ready && !slot.job);
      if (idle) run(idle, queue.shift()!);
      else if (slots.size < size && ![...slots].some((slot) => !slot.ready)) spawn();
      else return;
    }
  }

  function spawn(): void {
    let loaded = () => {};
    const slot: Slot = { worker: startExtractWorker(heapMb), ready: false, loaded: new Promise((r) => (loaded = r)) };
    slots.add(slot);
    slot.worker.on("message", (reply: ExtractReply) => {
      if ("ready" in reply) {
        slot.ready = true;
        loaded();
        slot.worker.unref();
        pump();
      } else finish(slot, reply.result);
    });
    slot.worker.on("error", (error) =>
      finish(slot, skipOf(slot.job, "failed", `the extraction worker failed: ${error.message}`)),
    );
    slot.worker.on("exit", (code) => {
      loaded();
      slots.delete(slot);
      if (slot.job) finish(slot, skipOf(slot.job, "failed", `the extraction worker stopped (exit code ${code})`));
      // A worker that dies while loading would die again: the waiting documents end as failures, not a spawn loop.
      if (!slot.ready)
        for (const job of queue.splice(0))
          job.resolve(skipOf(job, "failed", `the extraction worker could not start (exit code ${code})`));
      pump();
    });
  }

  function run(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      finish(
        slot,
        skipOf(job, "timeout", `over the ${job.budgetMs} ms budget for one document; its worker was replaced`),
      );
      slots.delete(slot);
      void slot.worker.terminate();
      pump();
    }, job.budgetMs);
    slot.worker.postMessage(job.task);
  }

  function finish(slot: Slot, result: CleanResult | AnnotateResult): void {
    const job = slot.job;
    if (!job) return;
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.worker.unref();
    job.resolve(result);
    pump();
  }

  return {
    clean: (raw, options = {}, budgetMs = timeoutMs) =>
      submit<CleanResult>({ kind: "clean", raw, options }, raw.origin, budgetMs),
    annotate: (doc, budgetMs = timeoutMs) =>
      submit<AnnotateResult>({ kind: "annotate", doc }, doc.meta.origin, budgetMs),
    async warm() {
      while (slots.size < size && !closed) spawn();
      await Promise.all([...slots].map((slot) => slot.loaded));
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.resolve(skipOf(job, "failed", "the extraction pool was closed"));
      await Promise.all([...slots].map((slot) => slot.worker.terminate()));
    },
  };
}

function skipOf(job: Job | undefined, reason: SkippedInput["reason"], detail: string): { skipped: SkippedInput } {
  const stage: SkipStage = job?.task.kind ?? "clean";
  return { skipped: { origin: job?.origin ?? "", reason, stage, detail } };
}

/** The worker's module beside this one: .js from dist/, .ts under tsx (start-worker.ts). */
function startExtractWorker(heapMb: number): Worker {
  const entry = new URL(`./extract-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
  return startWorker(entry, { resourceLimits: { maxOldGenerationSizeMb: heapMb }, execArgv: [], stderr: false });
}
