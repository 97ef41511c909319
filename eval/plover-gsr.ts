// PLOVER gold standard records (GSR 0.5, CC BY-SA 4.0, Open Event Data Alliance): sentence → PLOVER event
// type. sitrep's pipeline reads the sentence; its first PLOVER event (classify-plover.ts) is the
// prediction, none = NONE. The GSR predates PLOVER 2021, whose table sitrep uses: its DEMAND is now
// REQUEST, DISAPPROVE and INVESTIGATE are ACCUSE, FIGHT is ASSAULT; gold labels are renamed accordingly.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { processText } from "../src/process.js";
import { classifyPlover } from "../src/stages/events/classify-plover.js";
import { type EventLexicons, loadEventLexicons } from "../src/stages/events/event-lexicons.js";
import { type LabelPair, scoreLabels } from "./score-labels.js";
import { evaluateItems } from "./split-halves.js";
import type { Dataset, DatasetResult, EvalOptions } from "./types.js";

const RENAMED_IN_2021: Record<string, string> = {
  DEMAND: "REQUEST",
  DISAPPROVE: "ACCUSE",
  INVESTIGATE: "ACCUSE",
  FIGHT: "ASSAULT",
};

export type GsrSentence = { id: string; text: string; gold: string };

export function readGsr(dir: string, limit?: number): GsrSentence[] {
  const records = JSON.parse(readFileSync(join(dir, "dev.json"), "utf8")) as {
    id: string;
    event: string;
    text?: string;
  }[];
  const sentences = records
    .filter((r) => r.event !== "DOCUMENT" && r.text)
    .map((r) => ({ id: r.id, text: r.text!, gold: toPlover2021(r.event) }));
  return limit ? sentences.slice(0, limit) : sentences;
}

export function toPlover2021(label: string): string {
  return RENAMED_IN_2021[label] ?? label;
}

/** Never sees the gold. */
export function predictPlover(
  text: string,
  lexicons: EventLexicons,
  process: typeof processText = processText,
): string {
  const result = process(text);
  if (!("doc" in result)) return "NONE";
  return classifyPlover(result.doc, lexicons)[0]?.plover ?? "NONE";
}

export function scoreGsr(pairs: LabelPair[]): DatasetResult {
  const scores = scoreLabels(pairs, "NONE");
  return {
    n: pairs.length,
    unit: "sentences",
    score: scores.accuracy,
    headline:
      "PLOVER event type accuracy (GSR 0.5 labels renamed to PLOVER 2021: DEMAND→REQUEST, DISAPPROVE/INVESTIGATE→ACCUSE, FIGHT→ASSAULT)",
    fields: scores.perLabel,
    extra: { macroF1: scores.macroF1 },
  };
}

export const dataset: Dataset = {
  name: "plover-gsr",
  evaluate: async (dir: string, options: EvalOptions) => {
    const lexicons = loadEventLexicons();
    const predict = (s: { gold: string; text: string }) => ({
      gold: s.gold,
      predicted: predictPlover(s.text, lexicons, options.processText),
    });
    return evaluateItems(
      readGsr(dir),
      { idOf: (s) => String(s.id), predict, summarise: (pairs) => scoreGsr([...pairs]) },
      options,
    );
  },
};
