// PolNeAR attribution: source–cue–content triples in brat standoff. We run the pipeline's stages on the
// article text as given (no clean: offsets must be the gold's; clean is scored on article-extraction)
// and match each predicted attribution to a gold one when both its source and its content overlap.
// Texts annotated by several annotators are scored against the first annotator's file (sorted by name).
// Gold attributions with no Source (134 of 2,320 in dev) cannot be matched by source: they count in the
// content field only, not in the headline.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createDoc } from "../src/doc.js";
import { buildPipeline } from "../src/pipeline.js";
import { prf } from "./prf.js";
import type { Dataset, DatasetResult, FieldScore } from "./types.js";

export type Range = [number, number];
export type GoldAttribution = { source: Range[]; cue: Range[]; content: Range[] };
export type PredictedAttribution = { source: Range; cue: Range; content: Range };

export function parseBrat(ann: string): GoldAttribution[] {
  const spans = new Map<string, Range[]>();
  const attributions: GoldAttribution[] = [];
  for (const line of ann.split("\n")) {
    const [id, body] = line.split("\t");
    if (id?.startsWith("T") && body) {
      const offsets = body.slice(body.indexOf(" ") + 1);
      spans.set(id, offsets.split(";").map((pair) => pair.trim().split(" ").map(Number) as Range));
    }
  }
  for (const line of ann.split("\n")) {
    const [id, body] = line.split("\t");
    if (!id?.startsWith("E") || !body) continue;
    const roles = Object.fromEntries(body.split(" ").map((part) => part.split(":")));
    attributions.push({ source: spans.get(roles.Source) ?? [], cue: spans.get(roles.Cue) ?? [], content: spans.get(roles.Content) ?? [] });
  }
  return attributions;
}

function overlaps(a: Range[], b: Range[]): boolean {
  return a.some(([s1, e1]) => b.some(([s2, e2]) => s1 < e2 && s2 < e1));
}

/** One-to-one greedy matching in document order; `keys` picks the roles that must all overlap. */
export function scoreAttributions(gold: GoldAttribution[], predicted: PredictedAttribution[], keys: (keyof GoldAttribution)[]) {
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

const pipeline = () => buildPipeline();

export function predictAttributions(text: string): PredictedAttribution[] {
  const doc = pipeline().run(createDoc("polnear", text, { origin: "polnear" }));
  return (doc.layers.quotes ?? []).map((q) => {
    const data = q.data as { source: { start: number; end: number }; cue: { start: number; end: number } };
    return { source: [data.source.start, data.source.end], cue: [data.cue.start, data.cue.end], content: [q.start, q.end] };
  });
}

export const dataset: Dataset = {
  name: "polnear",
  async evaluate(dir, options): Promise<DatasetResult> {
    const textDir = join(dir, "dev", "text");
    const annFiles = readdirSync(join(dir, "dev", "attributions")).sort();
    const names = readdirSync(textDir).filter((f) => f.endsWith(".txt")).sort().slice(0, options.limit);
    const totals = { both: [0, 0, 0], source: [0, 0, 0], cue: [0, 0, 0], content: [0, 0, 0] };
    let n = 0;
    for (const name of names) {
      const stem = name.replace(/\.txt$/, "");
      const ann = annFiles.find((f) => f.startsWith(stem + "_"));
      if (!ann) continue;
      const gold = parseBrat(readFileSync(join(dir, "dev", "attributions", ann), "utf8"));
      const predicted = predictAttributions(readFileSync(join(textDir, name), "utf8"));
      const add = (key: keyof typeof totals, keys: (keyof GoldAttribution)[]) => {
        const { tp, fp, fn } = scoreAttributions(gold, predicted, keys);
        totals[key][0] += tp;
        totals[key][1] += fp;
        totals[key][2] += fn;
      };
      add("both", ["source", "content"]);
      add("source", ["source"]);
      add("cue", ["cue"]);
      add("content", ["content"]);
      n += 1;
    }
    const field = (name: string, [tp, fp, fn]: number[], rule: string): FieldScore => ({ field: name, ...prf(tp, fp, fn), rule });
    const fields = [
      field("source+content", totals.both, "source spans overlap AND content spans overlap, one-to-one"),
      field("source", totals.source, "source spans overlap"),
      field("cue", totals.cue, "cue spans overlap"),
      field("content", totals.content, "content spans overlap"),
    ];
    return { n, unit: "articles", score: fields[0].f1, headline: "attribution source+content F1 (overlap)", fields };
  },
};
