// Article body extraction (clean stage) scored as the scrapinghub article-extraction-benchmark scores it
// (evaluate.py): per page, TP/FP/FN over 4-token shingles of \w+ tokens (multiset counts), normalised to
// sum to 1 so long pages weigh no more than short ones; precision and recall are each averaged over the
// pages, and the headline F1 is the harmonic mean of those two averages (not a mean of per-page F1s).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { extractWithBareReadability } from "../bench/bare-readability.js";
import { loadCleanLexicons } from "../src/stages/clean/clean-lexicons.js";
import { type Cleaner, createCleaner } from "../src/stages/clean/index.js";
import { evaluateItems } from "./split-halves.js";
import type { Dataset, DatasetResult, FieldScore } from "./types.js";

export const SHINGLE_RULE =
  "4-token shingles of \\w+ tokens (case-sensitive, multiset); per page TP/FP/FN normalised to sum 1; " +
  "precision and recall averaged over pages (a page counts where defined); F1 = harmonic mean of the averages " +
  "(scrapinghub article-extraction-benchmark evaluate.py)";

export type PageCounts = { tp: number; fp: number; fn: number };

// Python's \w (str.isalnum or "_"): letters and numbers of any script.
const TOKEN = /[\p{L}\p{N}_]+/gu;

function countShingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  // As evaluate.py: a text shorter than n tokens is one shorter shingle; no tokens, no shingle.
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join("\u0000");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's shingle TP/FP/FN, normalised to sum to 1 (all 0 when both texts are empty). */
export function matchShingles(truth: string, prediction: string): PageCounts {
  const gold = countShingles(truth);
  const pred = countShingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...gold.keys(), ...pred.keys()])) {
    const g = gold.get(key) ?? 0;
    const p = pred.get(key) ?? 0;
    tp += Math.min(g, p);
    fp += Math.max(0, p - g);
    fn += Math.max(0, g - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
}

function mean(values: number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Averaged precision and recall over pages and the F1 of those averages, as evaluate.py computes them. */
export function scorePages(field: string, pages: PageCounts[]): FieldScore {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(recallOf));
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return { field, precision, recall, f1, rule: SHINGLE_RULE };
}

/** The text sitrep's real clean stage keeps of a page ("" when it skips the page). */
export function extractWithCleanStage(id: string, html: string, clean: Cleaner): string {
  const result = clean({ origin: `${id}.html`, kind: "html", content: html, meta: {} });
  return "doc" in result ? result.doc.text : "";
}

type ScoredPage = { sitrep: PageCounts; baseline: PageCounts };

export function summarisePages(pages: readonly ScoredPage[]): DatasetResult {
  const body = scorePages(
    "articleBody",
    pages.map((p) => p.sitrep),
  );
  const readability = scorePages(
    "articleBody (bare @mozilla/readability + linkedom, same run)",
    pages.map((p) => p.baseline),
  );
  return {
    n: pages.length,
    unit: "pages",
    score: body.f1,
    headline: "F1 of page-averaged shingle precision and recall of the article body",
    fields: [body, readability],
    extra: { baselineF1: readability.f1 },
  };
}

export const dataset: Dataset = {
  name: "article-extraction",
  async evaluate(dir, options) {
    const gold = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8")) as Record<
      string,
      { articleBody?: string }
    >;
    const clean = createCleaner(loadCleanLexicons(), options.settings?.clean);
    const predict = (id: string): ScoredPage => {
      const html = gunzipSync(readFileSync(join(dir, "html", `${id}.html.gz`))).toString("utf8");
      const truth = gold[id].articleBody ?? "";
      return {
        sitrep: matchShingles(truth, extractWithCleanStage(id, html, clean)),
        baseline: matchShingles(truth, extractWithBareReadability(html)),
      };
    };
    return evaluateItems(Object.keys(gold), { idOf: (id) => id, predict, summarise: summarisePages }, options);
  },
};
