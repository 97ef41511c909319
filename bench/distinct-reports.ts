// Distinct real reports for the speed benches (distinct-reports.bench.ts, stage-times.bench.ts): LGL's local
// news articles, WikiEvents dev's conflict reports and every eighth PolNeAR training text (political news of
// ~900 words). Unlike the pipeline bench's 20 repeated articles, no cross-document memo hits every word.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { readGeoCorpus } from "../eval/geoparsing-corpus.js";

const EVAL = resolve(import.meta.dirname, "../../shared/eval");
const TRAIN = resolve(import.meta.dirname, "../../shared/train");
export type Report = { id: string; text: string; published: string };

/** The distinct reports, in a fixed order. */
export function readReports(): Report[] {
  const lgl = readGeoCorpus(join(EVAL, "geoparsing/lgl.xml")).map((a) => ({
    id: `lgl-${a.id}`,
    text: a.text,
    published: a.published ?? "2011-01-01",
  }));
  const wiki = readFileSync(join(EVAL, "wikievents/dev.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line))
    .map((d) => ({ id: d.doc_id, text: d.tokens.join(" "), published: "2021-06-28" }));
  const polnearDir = join(TRAIN, "polnear/text");
  const polnear = readdirSync(polnearDir)
    .sort()
    .filter((_, i) => i % 8 === 0)
    .map((name) => ({ id: name, text: readFileSync(join(polnearDir, name), "utf8"), published: "2016-01-01" }));
  return [...lgl, ...wiki, ...polnear];
}
