// PolNeAR attribution: source–cue–content triples in brat standoff. We run the pipeline's stages on the
// article text as given (no clean: offsets must be the gold's; clean is scored on article-extraction).
// Headline (strict): every gold attribution is in the denominator, those without a Source too; a
// prediction matches one when its content covers at least half of the gold content's word tokens and,
// when the gold has a source, the gold source's head word lies inside the predicted source. One shared
// character is too lenient a match for a quote: it credits a prediction that holds one word of a long
// quotation. The old overlap rule stays as a second row. Texts annotated by several annotators are
// scored against the first annotator's file (sorted by name).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createDoc } from "../src/doc.js";
import { buildPipeline, type Pipeline } from "../src/pipeline.js";
import { createQuotesStage } from "../src/stages/quotes/index.js";
import { loadQuoteLexicons } from "../src/stages/quotes/quote-lexicons.js";
import { createSentencesStage, loadSentenceLexicons } from "../src/stages/sentences/index.js";
import { loadAttributionModel } from "../src/text/attribution/attribution-model.js";
import { loadSyntaxModel } from "../src/text/syntax/load-syntax-model.js";
import { headWord, isWord, wordTokens } from "./head-word.js";
import { prf } from "./prf.js";
import { evaluateItems } from "./split-halves.js";
import type { Dataset, DatasetResult, FieldScore } from "./types.js";

export type { Range } from "./head-word.js";

import type { Range } from "./head-word.js";
export type GoldAttribution = { source: Range[]; cue: Range[]; content: Range[] };
export type PredictedAttribution = { source: Range; cue: Range; content: Range };

export function parseBrat(ann: string): GoldAttribution[] {
  const spans = new Map<string, Range[]>();
  const attributions: GoldAttribution[] = [];
  for (const line of ann.split("\n")) {
    const [id, body] = line.split("\t");
    if (id?.startsWith("T") && body) {
      const offsets = body.slice(body.indexOf(" ") + 1);
      spans.set(
        id,
        offsets.split(";").map((pair) => pair.trim().split(" ").map(Number) as Range),
      );
    }
  }
  for (const line of ann.split("\n")) {
    const [id, body] = line.split("\t");
    if (!id?.startsWith("E") || !body) continue;
    const roles = Object.fromEntries(body.split(" ").map((part) => part.split(":")));
    attributions.push({
      source: spans.get(roles.Source) ?? [],
      cue: spans.get(roles.Cue) ?? [],
      content: spans.get(roles.Content) ?? [],
    });
  }
  return attributions;
}

function overlaps(a: Range[], b: Range[]): boolean {
  return a.some(([s1, e1]) => b.some(([s2, e2]) => s1 < e2 && s2 < e1));
}

/** One-to-one greedy matching in document order; `keys` picks the roles that must all overlap. */
export function scoreAttributions(
  gold: GoldAttribution[],
  predicted: PredictedAttribution[],
  keys: (keyof GoldAttribution)[],
) {
  const scorable = gold.filter((g) => keys.every((k) => g[k].length > 0));
  const used = new Set<number>();
  let tp = 0;
  for (const p of predicted) {
    const match = scorable.findIndex((g, i) => !used.has(i) && keys.every((k) => overlaps(g[k], [p[k]])));
    if (match >= 0) {
      used.add(match);
      tp += 1;
    }
  }
  return { tp, fp: predicted.length - tp, fn: scorable.length - tp };
}

export function predictAttributions(text: string, pipeline: Pipeline = buildPipeline()): PredictedAttribution[] {
  const doc = pipeline.run(createDoc("polnear", text, { origin: "polnear" }));
  return (doc.layers.quotes ?? []).map((q) => {
    const data = q.data!;
    return {
      source: [data.source.start, data.source.end],
      cue: [data.cue.start, data.cue.end],
      content: [q.start, q.end],
    };
  });
}

/** Share of the gold content's word tokens a prediction must cover: half, as the issue defines the match. */
const CONTENT_COVERAGE = 0.5;
/** Strict match: half of the gold content's words covered, and the gold source's head inside the predicted source. */
export function matchesStrictly(text: string, gold: GoldAttribution, predicted: PredictedAttribution): boolean {
  const words = wordTokens(text, gold.content).filter(isWord);
  const [ps, pe] = predicted.content;
  const covered = words.filter((t) => t.start >= ps && t.end <= pe).length;
  if (words.length === 0 || covered / words.length < CONTENT_COVERAGE) return false;
  if (gold.source.length === 0) return true;
  const head = headWord(text, gold.source);
  return head !== null && head[0] >= predicted.source[0] && head[1] <= predicted.source[1];
}

/** One-to-one greedy matching in document order, every gold attribution in the denominator. */
export function scoreStrictly(text: string, gold: GoldAttribution[], predicted: PredictedAttribution[]) {
  const used = new Set<number>();
  let tp = 0;
  for (const p of predicted) {
    const match = gold.findIndex((g, i) => !used.has(i) && matchesStrictly(text, g, p));
    if (match >= 0) {
      used.add(match);
      tp += 1;
    }
  }
  return { tp, fp: predicted.length - tp, fn: gold.length - tp };
}

type Counts = [number, number, number];
type ScoredArticle = Record<"strict" | "both" | "source" | "cue" | "content", Counts>;

function scoreArticle(text: string, gold: GoldAttribution[], pipeline: Pipeline): ScoredArticle {
  const predicted = predictAttributions(text, pipeline);
  const loose = (keys: (keyof GoldAttribution)[]): Counts => {
    const { tp, fp, fn } = scoreAttributions(gold, predicted, keys);
    return [tp, fp, fn];
  };
  const strict = scoreStrictly(text, gold, predicted);
  return {
    strict: [strict.tp, strict.fp, strict.fn],
    both: loose(["source", "content"]),
    source: loose(["source"]),
    cue: loose(["cue"]),
    content: loose(["content"]),
  };
}

export function summarisePolnear(articles: readonly ScoredArticle[]): DatasetResult {
  const sum = (key: keyof ScoredArticle): Counts =>
    articles.reduce<Counts>((t, a) => [t[0] + a[key][0], t[1] + a[key][1], t[2] + a[key][2]], [0, 0, 0]);
  const field = (name: string, [tp, fp, fn]: Counts, rule: string): FieldScore => ({
    field: name,
    ...prf(tp, fp, fn),
    tp,
    fp,
    fn,
    rule,
  });
  const fields = [
    field(
      "attribution (strict)",
      sum("strict"),
      "content covers ≥ half of the gold content's words AND the gold source's head word lies in the predicted source (when gold has one); every gold attribution counts; one-to-one",
    ),
    field(
      "source+content (loose)",
      sum("both"),
      "source spans overlap AND content spans overlap, one-to-one; gold without a source left out",
    ),
    field("source", sum("source"), "source spans overlap; gold without a source left out"),
    field("cue", sum("cue"), "cue spans overlap"),
    field("content", sum("content"), "content spans overlap"),
  ];
  return {
    n: articles.length,
    unit: "articles",
    score: fields[0].f1,
    headline: "attribution F1, strict: half the content's words and the source's head word, every gold attribution",
    fields,
  };
}

export const dataset: Dataset = {
  name: "polnear",
  async evaluate(dir, options): Promise<DatasetResult> {
    const textDir = join(dir, "dev", "text");
    const annFiles = readdirSync(join(dir, "dev", "attributions")).sort();
    const articles = readdirSync(textDir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .flatMap((name) => {
        const stem = name.replace(/\.txt$/, "");
        const ann = annFiles.find((f) => f.startsWith(stem + "_"));
        return ann ? [{ stem, textPath: join(textDir, name), annPath: join(dir, "dev", "attributions", ann) }] : [];
      });
    // The quotes stage reads sentences only, so the attributions are those the whole pipeline makes.
    // The learned cue tagger reads the syntax model's part-of-speech tagger (as loadResources() wires it).
    const model = loadAttributionModel(loadSyntaxModel().tagger);
    const pipeline = buildPipeline([
      createSentencesStage(loadSentenceLexicons()),
      createQuotesStage(loadQuoteLexicons(), options.settings?.quotes, model),
    ]);
    const predict = (a: (typeof articles)[number]) =>
      scoreArticle(readFileSync(a.textPath, "utf8"), parseBrat(readFileSync(a.annPath, "utf8")), pipeline);
    return evaluateItems(articles, { idOf: (a) => a.stem, predict, summarise: summarisePolnear }, options);
  },
};
