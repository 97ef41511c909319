// False alarms on TRAINING text: the real pipeline (processText) over CoNLL-2003 eng.train (Reuters 1996:
// sport, markets, politics, some conflict) or IndiaPoliceEvents' documents, listing every event with its
// trigger and trigger sentence so a reader can judge by hand which are not political violence. The dev
// quiet set (eval/no-event-documents.txt) is a few dozen reports; this is a larger measure that may be
// studied freely because it is training data, never eval data.
//
// Documents judged by hand to report political violence or protest are listed in
// eval/false-alarms-train-conflict.txt; every event in any other document counts as a false alarm.
//
//   node --import tsx eval/false-alarms-train.ts [conll|ipe] [--list] [--limit N]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Doc, spansOf } from "../src/doc.js";
import { projectRoot } from "../src/paths.js";
import { processText } from "../src/process.js";
import { parseConll } from "./conll2003-chunks.js";
import { joinTokens } from "./join-tokens.js";

type TrainDocument = { id: string; text: string; published?: string };

const TRAIN = join(projectRoot(), "..", "shared", "train");

/** Reuters documents: the dateline ("BRUSSELS 1996-08-22") gives the publication day. */
export function readConllTrain(path = join(TRAIN, "conll2003", "eng.train")): TrainDocument[] {
  return parseConll(readFileSync(path, "utf8")).map((document, i) => {
    const text = joinTokens(
      document.sentences.map((s) => s.map((t) => t.text)),
      "\n",
    ).text;
    return { id: `conll-train#${i + 1}`, text, published: /\b(19\d\d-\d\d-\d\d)\b/.exec(text)?.[1] };
  });
}

/** IndiaPoliceEvents documents (Times of India archive, lower-cased as the corpus ships them). */
export function readIndiaPoliceEvents(path = join(TRAIN, "india-police-events", "metadata.jsonl")): TrainDocument[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { doc_id: number; date: string; full_text: string })
    .map((d) => ({ id: `ipe#${d.doc_id}`, text: d.full_text, published: d.date }));
}

export function readConflictList(path = join(projectRoot(), "eval", "false-alarms-train-conflict.txt")): Set<string> {
  return new Set(
    readFileSync(path, "utf8")
      .split("\n")
      .map((line) => line.split("\t")[0].trim())
      .filter((id) => id && !id.startsWith("#")),
  );
}

export type ListedEvent = { subEventType: string; trigger: string; sentence: string };

export function listEvents(doc: Doc): ListedEvent[] {
  const sentences = spansOf(doc, "sentences");
  return (doc.events ?? []).map((e) => {
    const s = sentences.find((x) => x.start <= e.trigger.start && e.trigger.end <= x.end);
    return {
      subEventType: e.subEventType.value,
      trigger: doc.text.slice(e.trigger.start, e.trigger.end),
      sentence: s ? doc.text.slice(s.start, s.end).replace(/\s+/g, " ") : "",
    };
  });
}

const USAGE = `usage: node --import tsx eval/false-alarms-train.ts [conll|ipe] [--list] [--limit N]
  conll     CoNLL-2003 eng.train from ../shared/train (the default)
  ipe       IndiaPoliceEvents' documents from ../shared/train
  --list    print each document's events with their trigger and sentence, to judge by hand
  --limit N read only the first N documents`;

function main(args: string[]) {
  if (args.includes("--help") || args.includes("-h")) return void console.log(USAGE);
  const unknown = args.filter(
    (a, i) => !["conll", "ipe", "--list", "--limit"].includes(a) && args[i - 1] !== "--limit",
  );
  if (unknown.length > 0) {
    console.error(`unknown argument: ${unknown.join(" ")}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const source = args.find((a) => a === "conll" || a === "ipe") ?? "conll";
  const limitAt = args.indexOf("--limit");
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Number.POSITIVE_INFINITY;
  const documents = (source === "ipe" ? readIndiaPoliceEvents() : readConllTrain()).slice(0, limit);
  const conflict = readConflictList();
  let quiet = 0;
  let falseEvents = 0;
  let quietWithEvents = 0;
  let conflictEvents = 0;
  for (const document of documents) {
    const result = processText(document.text, { published: document.published });
    const events = "doc" in result ? listEvents(result.doc) : [];
    const isConflict = conflict.has(document.id);
    if (isConflict) conflictEvents += events.length;
    else {
      quiet++;
      falseEvents += events.length;
      if (events.length) quietWithEvents++;
    }
    if (!args.includes("--list") || events.length === 0) continue;
    console.log(`## ${document.id}${isConflict ? " (conflict)" : ""}: ${document.text.split("\n")[0].slice(0, 80)}`);
    for (const e of events) console.log(`  ${e.subEventType} [${e.trigger}] ${e.sentence.slice(0, 220)}`);
  }
  console.log(
    `${source}: ${documents.length} documents, ${quiet} not conflict: ${falseEvents} false events ` +
      `(${(falseEvents / quiet).toFixed(3)} per document, ${quietWithEvents} documents with any); ` +
      `${conflictEvents} events in ${documents.length - quiet} conflict documents`,
  );
}

if (process.argv[1]?.endsWith("false-alarms-train.ts")) main(process.argv.slice(2));
