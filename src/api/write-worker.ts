// The write worker of `sitrep serve`: its own store connection and extraction pool, one report at a time. Each
// report is stored whole or not at all: its writes (document, events, merge) are one transaction (the store's write
// batch, on SQLite and PostgreSQL), rolled back when anything fails and never committed when the thread is stopped
// mid-write.
// SQLite in WAL mode keeps serving the readers on the server's thread meanwhile.
import { parentPort, workerData } from "node:worker_threads";
import { SitrepError } from "../errors.js";
import { createExtractPool, type ExtractPool } from "../extract/extract-pool.js";
import { loadSamples } from "../load-samples.js";
import { updateIncidents } from "../merge/update-incidents.js";
import type { EventRecord } from "../records/event-record.js";
import { openStore } from "../store/open-store.js";
import { isPostgresUrl } from "../store/postgres-url.js";
import type { Store } from "../store/store.js";
import { describeStoreFault } from "../store/store-faults.js";
import { HttpError } from "./http-error.js";
import type { PostedReport } from "./read-report.js";
import {
  type FailedWrite,
  PHASE,
  PHASES,
  TEST_HOOK,
  type WorkerSettings,
  type WriteReply,
  type WriteTask,
} from "./write-messages.js";
import type { StoredReport } from "./write-report.js";
import { writeReport } from "./write-report.js";

const settings = workerData as WorkerSettings;
const port = parentPort!;
const setPhase = (phase: number) => Atomics.store(settings.phase, PHASE, phase);

let store: Store;
try {
  // On PostgreSQL too the report and its merge are one transaction (the store's write batch, opted into here).
  store = isPostgresUrl(settings.location)
    ? await (await import("../store/postgres.js")).openPostgresStore(settings.location, { batched: true })
    : await openStore(settings.location);
} catch (error) {
  port.postMessage({ unstarted: describeFailure(error) } satisfies WriteReply);
  process.exit(1);
}
const pool = trackReading(createExtractPool(settings.pool));
port.on("message", (task: WriteTask) => void runTask(task).then((reply) => port.postMessage(reply)));
port.postMessage({ ready: true } satisfies WriteReply);

async function runTask(task: WriteTask): Promise<WriteReply> {
  try {
    if (task.kind === "samples") return { samples: await loadSamples(store, pool) };
    return { written: await writeWhole(task.report) };
  } catch (error) {
    return { failed: describeFailure(error) };
  } finally {
    setPhase(PHASES.idle);
  }
}

async function writeWhole(report: PostedReport): Promise<StoredReport> {
  setPhase(PHASES.reading);
  const batch = store.writeBatch;
  await batch?.begin();
  try {
    const written = await writeReport(store, pool, report, { policy: settings.policy, mergeEvents });
    await batch?.commit();
    return written;
  } catch (error) {
    await batch?.rollback();
    throw error;
  }
}

async function mergeEvents(on: Store, events: EventRecord[]) {
  holdAt(TEST_HOOK.holdBeforeMerge);
  if (settings.hooks && Atomics.load(settings.hooks, TEST_HOOK.failMerge) === 1)
    throw new Error("test hook: the merge failed");
  return updateIncidents(on, events);
}

/** Fetching and extracting write nothing: a shutdown may drop the report then without waiting for it. */
function trackReading(inner: ExtractPool): ExtractPool {
  const reading = async <T>(step: () => Promise<T>): Promise<T> => {
    setPhase(PHASES.reading);
    try {
      return await step();
    } finally {
      setPhase(PHASES.writing);
    }
  };
  return {
    ...inner,
    clean: (raw, options, budgetMs) => reading(() => inner.clean(raw, options, budgetMs)),
    annotate: (doc, budgetMs) =>
      reading(async () => {
        await holdAtAsync(TEST_HOOK.holdBeforeAnnotate);
        return inner.annotate(doc, budgetMs);
      }),
  };
}

/** Blocks this thread (not the server's) while the test holds the hook. */
function holdAt(hook: number): void {
  if (!reachHook(hook)) return;
  Atomics.wait(settings.hooks!, hook, 1);
}

/** Keeps this thread's event loop turning while held (Node 20's TypeScript lib has no Atomics.waitAsync). */
async function holdAtAsync(hook: number): Promise<void> {
  if (!reachHook(hook)) return;
  while (Atomics.load(settings.hooks!, hook) === 1) await new Promise((resolve) => setTimeout(resolve, 10));
}

function reachHook(hook: number): boolean {
  const hooks = settings.hooks;
  if (!hooks || Atomics.load(hooks, hook) !== 1) return false;
  Atomics.store(hooks, TEST_HOOK.reached, hook + 1);
  Atomics.notify(hooks, TEST_HOOK.reached);
  return true;
}

/** An HttpError keeps its status; a store fault its kind and advice; anything else its stack, for the server's log. */
function describeFailure(error: unknown): FailedWrite {
  if (error instanceof HttpError) return { status: error.status, code: error.code, message: error.message };
  const fault = describeStoreFault("store the report", error);
  if (fault) return { code: fault.code, message: fault.message };
  const code = error instanceof SitrepError ? error.code : "internal";
  return { code, message: (error as Error)?.message ?? String(error), stack: (error as Error)?.stack };
}
