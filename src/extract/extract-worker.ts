// One extraction worker thread: loads the stages (and with them every lexicon) once, then cleans or annotates
// documents on request. Any exception becomes a skipped result with its stage, so the pool only has to deal with
// time (extract-pool.ts terminates a worker that overruns) and with a worker that dies (heap cap, stack).
import { parentPort } from "node:worker_threads";
import type { RawDocument } from "../ingest/raw-document.js";
import { buildPipeline, buildStages } from "../pipeline.js";
import { toEventRecord } from "../records/event-record.js";
import { loadResources } from "../resources.js";
import { createCleaner } from "../stages/clean/index.js";
import type { ExtractReply, ExtractTask } from "./extract-messages.js";

const resources = loadResources();
const pipeline = buildPipeline(buildStages(resources));
const clean = createCleaner(resources.clean);
const port = parentPort!;
// An invented report: any text that reaches the events stage reads every lazy resource.
const WARM_UP: RawDocument = {
  origin: "warm-up",
  kind: "text",
  content:
    "Gunmen attacked a village near the town of Goma on Monday, killing two farmers, police said. The army said it had sent troops to the area.",
  meta: { published: "2026-01-05" },
};

// Stages read some lexicons and indexes on their first document (events, places, entities, the gazetteer's
// index). Reading them here, before saying ready, keeps that out of the first document's budget: on a busy
// machine it took over 30 s, and a user's first report was skipped as a timeout.
const warmUp = clean(WARM_UP);
if ("doc" in warmUp) runTask({ kind: "annotate", doc: warmUp.doc });
port.on("message", (task: ExtractTask) => port.postMessage(runTask(task)));
port.postMessage({ ready: true } satisfies ExtractReply);

function runTask(task: ExtractTask): ExtractReply {
  try {
    if (task.kind === "clean") return { result: clean(task.raw, task.options) };
    const doc = pipeline.run(task.doc);
    return { result: { doc, events: doc.events.map((draft, i) => toEventRecord(doc, draft, i)) } };
  } catch (error) {
    const origin = task.kind === "clean" ? task.raw.origin : task.doc.meta.origin;
    return { result: { skipped: { origin, reason: "failed", stage: task.kind, detail: describeError(error) } } };
  }
}

/** The message, and for a stack overflow or a TypeError inside a library, the first frame that says where. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const frame = error.stack
    ?.split("\n")
    .find((line) => line.trim().startsWith("at "))
    ?.trim();
  return frame ? `${error.name}: ${error.message} (${frame})` : `${error.name}: ${error.message}`;
}
