// TempEval-3 (TimeBank part): TIMEX3 spans, types and normalised values, scored against sitrep's real
// dates code (`findDates`) run on each document's plain text with the document creation time (DCT) as the
// publication date.
//
// What is scored: only the <TEXT> element. The DCT sits in its own <DCT> header outside <TEXT>, and the
// <EXTRAINFO>/<DOCID> lines around it are wire metadata, so neither gold nor predictions include them.
// Tags inside <TEXT> are removed and the five XML entities decoded; gold offsets are counted in that plain
// text (UTF-16 code units, like sitrep's own spans), so gold and prediction share one coordinate system.
//
// Matching (as TempEval-3): a prediction matches a gold TIMEX3 when their character ranges overlap
// (relaxed) — one-to-one, the gold taken in text order, each with the first unmatched overlapping
// prediction; strict means identical start and end. The headline, value F1, counts a relaxed match as
// correct only when the normalised value is exactly equal (precision over all predictions, recall over
// all gold), which is TempEval-3's "value" attribute F1. Type accuracy is over relaxed matches.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { createDateFinder, type DateFinder } from "../src/stages/dates/index.js";
import { loadDateQuantities } from "../src/stages/dates/quantities.js";
import { prf } from "./prf.js";
import { evaluateItems } from "./split-halves.js";
import type { Dataset, DatasetResult, FieldScore } from "./types.js";

export type Timex = { start: number; end: number; type: string; value: string };
export type TimeMlDoc = { id: string; text: string; dct: string | null; timexes: Timex[] };
export type TimexCounts = {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
};

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The plain text of <TEXT>, its TIMEX3s with offsets into that text, and the DCT's value. */
export function parseTimeMl(id: string, xml: string): TimeMlDoc {
  const dct = /<DCT>\s*<TIMEX3[^>]*\bvalue="([^"]+)"/.exec(xml)?.[1] ?? null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? "";
  let text = "";
  const timexes: Timex[] = [];
  let open: Omit<Timex, "end"> | null = null;
  for (const piece of body.split(/(<[^>]+>)/)) {
    if (!piece.startsWith("<")) {
      text += piece.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]);
    } else if (/^<TIMEX3\b/.test(piece)) {
      open = { start: text.length, type: attribute(piece, "type"), value: attribute(piece, "value") };
    } else if (piece === "</TIMEX3>" && open) {
      timexes.push({ ...open, end: text.length });
      open = null;
    }
  }
  return { id, text, dct, timexes };
}

function attribute(tag: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? "";
}

/** Counts for one document: one-to-one relaxed matching, gold in text order. */
export function countTimexMatches(gold: readonly Timex[], predicted: readonly Timex[]): TimexCounts {
  const counts: TimexCounts = {
    gold: gold.length,
    predicted: predicted.length,
    strict: 0,
    relaxed: 0,
    value: 0,
    type: 0,
  };
  const used = new Set<number>();
  for (const g of gold) {
    const exact = predicted.findIndex((p, i) => !used.has(i) && p.start === g.start && p.end === g.end);
    const index =
      exact >= 0 ? exact : predicted.findIndex((p, i) => !used.has(i) && p.start < g.end && g.start < p.end);
    if (index < 0) continue;
    used.add(index);
    const p = predicted[index];
    counts.relaxed++;
    if (exact >= 0) counts.strict++;
    if (p.value === g.value) counts.value++;
    if (p.type === g.type) counts.type++;
  }
  return counts;
}

export function addCounts(a: TimexCounts, b: TimexCounts): TimexCounts {
  return {
    gold: a.gold + b.gold,
    predicted: a.predicted + b.predicted,
    strict: a.strict + b.strict,
    relaxed: a.relaxed + b.relaxed,
    value: a.value + b.value,
    type: a.type + b.type,
  };
}

/** The TempEval-3 table from summed counts. */
export function scoreTimexCounts(c: TimexCounts): FieldScore[] {
  const row = (field: string, tp: number, rule: string): FieldScore => ({
    field,
    ...prf(tp, c.predicted - tp, c.gold - tp),
    rule,
  });
  return [
    row("value", c.value, "span overlap (one-to-one) + exactly equal TIMEX3 value"),
    row("span-strict", c.strict, "identical start and end"),
    row("span-relaxed", c.relaxed, "character ranges overlap (one-to-one)"),
    {
      ...row("type", c.type, "span overlap + equal TIMEX3 type"),
      accuracy: c.relaxed === 0 ? undefined : c.type / c.relaxed,
    },
  ];
}

/** sitrep's prediction for one document: every span of the dates layer that carries a TIMEX3 value. */
export function predictTimexes(doc: TimeMlDoc, findDates: DateFinder): Timex[] {
  const published = doc.dct ? doc.dct.slice(0, 10) : undefined;
  return findDates(doc.text, published).flatMap((span) => {
    const value = span.data?.timex;
    if (typeof value !== "string") return [];
    return [{ start: span.start, end: span.end, type: String(span.data?.timexType ?? "DATE"), value }];
  });
}

export function listTimeMlFiles(dir: string): string[] {
  const folder = join(dir, "TimeBank");
  return readdirSync(folder)
    .filter((name) => name.endsWith(".tml"))
    .sort()
    .map((name) => join(folder, name));
}

export function summariseTimex(counts: readonly TimexCounts[]): DatasetResult {
  const total = counts.reduce(addCounts, { gold: 0, predicted: 0, strict: 0, relaxed: 0, value: 0, type: 0 });
  const fields = scoreTimexCounts(total);
  return {
    n: counts.length,
    unit: "documents",
    score: fields[0].f1,
    headline: "TIMEX3 value F1 (relaxed span match + exact value), TempEval-3 TimeBank",
    fields,
    extra: { gold: total.gold, predicted: total.predicted },
  };
}

export const dataset: Dataset = {
  name: "tempeval3",
  evaluate: async (dir, options): Promise<DatasetResult> => {
    const findDates = createDateFinder(loadDateQuantities(), options.settings?.dates);
    const predict = (file: string) => {
      const doc = parseTimeMl(file, readFileSync(file, "utf8"));
      return countTimexMatches(doc.timexes, predictTimexes(doc, findDates));
    };
    return evaluateItems(
      listTimeMlFiles(dir),
      { idOf: (file) => basename(file), predict, summarise: summariseTimex },
      options,
    );
  },
};
