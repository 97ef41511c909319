// The server's side of the write worker (write-worker.ts): posted reports queue here and go to the worker one at a
// time, so the server's thread only parses requests and reads. The worker starts with the first write (its pipeline
// loads in seconds) and is unref'd while idle. A worker that dies fails the write in hand, whose transaction it never
// committed, and the next write starts another. On close, queued writes are refused, a write still fetching or
// extracting is dropped at once, and one storing or merging gets the shutdown grace to finish.
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import { CONFIG } from "../config.js";
import { SitrepError } from "../errors.js";
import type { PoolSettings } from "../extract/extract-pool.js";
import { startWorker } from "../extract/start-worker.js";
import type { AddressPolicy } from "../ingest/resolve-checked-address.js";
import { STORE_FAULT_ADVICE } from "../store/store-faults.js";
import { HttpError } from "./http-error.js";
import type { ReportWriter } from "./report-writer.js";
import {
  type FailedWrite,
  PHASE,
  PHASES,
  type WorkerSettings,
  type WriteReply,
  type WriteTask,
} from "./write-messages.js";

export type WriteWorkerSettings = {
  policy?: AddressPolicy;
  /** The worker's extraction pool: one worker, as it extracts one report at a time. */
  pool?: PoolSettings;
  /** How long close() lets a write that is storing finish before stopping it (its transaction is then dropped). */
  graceMs?: number;
  /** Writes that may wait for the worker (CONFIG.apiWriteQueue). */
  maxQueued?: number;
  /** Test hooks (write-messages.ts TEST_HOOK), an Int32Array over a SharedArrayBuffer. */
  hooks?: Int32Array;
};

type Job = { task: WriteTask; resolve: (reply: WriteReply) => void; reject: (error: Error) => void };

export function startWriteWorker(location: string, settings: WriteWorkerSettings = {}): ReportWriter {
  const phase = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const workerData: WorkerSettings = {
    location,
    policy: settings.policy ?? {},
    pool: settings.pool ?? { size: 1 },
    phase,
    hooks: settings.hooks,
  };
  const queue: Job[] = [];
  let worker: Worker | undefined;
  let ready = false;
  let current: Job | undefined;
  let closed = false;
  let lastError = "";

  function pump(): void {
    if (closed || current || queue.length === 0) return;
    if (!worker) spawn();
    else if (ready) send(worker);
  }

  function send(to: Worker): void {
    current = queue.shift()!;
    to.ref();
    to.postMessage(current.task);
  }

  function spawn(): void {
    ready = false;
    lastError = "";
    const started = startWriteThread(workerData);
    worker = started;
    started.on("message", (reply: WriteReply) => {
      if ("ready" in reply) {
        ready = true;
        started.unref();
        pump();
      } else if ("unstarted" in reply) for (const job of queue.splice(0)) job.reject(reviveError(reply.unstarted));
      else finish(reply);
    });
    started.on("error", (error) => (lastError = error.message));
    started.on("exit", (code) => {
      if (worker === started) worker = undefined;
      Atomics.store(phase, PHASE, PHASES.idle);
      const job = current;
      current = undefined;
      job?.reject(closed ? stoppingError() : diedError(code, lastError));
      pump();
    });
  }

  function finish(reply: WriteReply): void {
    const job = current;
    current = undefined;
    worker?.unref();
    if (closed) void worker?.terminate();
    if ("failed" in reply) job?.reject(reviveError(reply.failed));
    else job?.resolve(reply);
    pump();
  }

  function submit(task: WriteTask): Promise<WriteReply> {
    if (closed) return Promise.reject(stoppingError());
    if (queue.length >= (settings.maxQueued ?? CONFIG.apiWriteQueue))
      return Promise.reject(
        new HttpError(503, "busy", "too many reports are waiting to be stored: send it again later"),
      );
    return new Promise((resolve, reject) => {
      queue.push({ task, resolve, reject });
      pump();
    });
  }

  return {
    async write(report) {
      const reply = await submit({ kind: "write", report });
      if (!("written" in reply)) throw new Error(`the write worker answered a write with ${Object.keys(reply)}`);
      return reply.written;
    },
    async loadSamples() {
      const reply = await submit({ kind: "samples" });
      if (!("samples" in reply)) throw new Error(`the write worker answered the samples with ${Object.keys(reply)}`);
      return reply.samples;
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(stoppingError());
      const running = worker;
      if (!running) return;
      const exited = new Promise((resolve) => running.once("exit", resolve));
      const isStoring = current !== undefined && Atomics.load(phase, PHASE) === PHASES.writing;
      // A write that is storing is left to finish (finish() then stops the worker), within the grace.
      const timer = setTimeout(
        () => void running.terminate(),
        isStoring ? (settings.graceMs ?? CONFIG.serveShutdownGraceMs) : 0,
      );
      await exited;
      clearTimeout(timer);
    },
  };
}

function startWriteThread(workerData: WorkerSettings): Worker {
  const entry = new URL(`./write-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
  return startWorker(entry, { workerData, execArgv: [] });
}

/** Back into the errors the app maps: an HttpError as it was, a store fault as a 503 with its advice. */
function reviveError(failed: FailedWrite): Error {
  if (failed.status)
    return new HttpError(failed.status as HttpError["status"], failed.code as HttpError["code"], failed.message);
  if (failed.code in STORE_FAULT_ADVICE) return new SitrepError(failed.code as SitrepError["code"], failed.message);
  // The cause goes to the server's log, not to the client: it may hold paths and internals.
  process.stderr.write(`sitrep serve: writing a report failed: ${failed.stack ?? failed.message}\n`);
  return new HttpError(500, "write-failed", "the report was not stored: writing it failed (see the server's log)");
}

function diedError(code: number, message: string): Error {
  process.stderr.write(`sitrep serve: the write worker stopped (exit code ${code})${message ? `: ${message}` : ""}\n`);
  return new HttpError(
    500,
    "write-failed",
    "the report was not stored: the write worker stopped (see the server's log)",
  );
}

function stoppingError(): Error {
  return new HttpError(
    503,
    "stopping",
    "the server is stopping: the report was not stored; send it again when it is back",
  );
}
