// Places stage against LGL (local US news, 2009) and GeoVirus (WikiNews on epidemics): toponyms found
// (span overlap) and placed within 161 km. The whole pipeline runs on each article's text, as in ingest;
// only the places layer is read. Headline: accuracy@161 over all gold toponyms with a point (missed names
// count as wrong). Gated beside it: end-to-end F1, whose precision charges every prediction that is not
// within 161 km of the gold toponym it overlaps (accuracy@161 alone lets extra predictions cost nothing).
// `limit` caps the articles of each corpus.
import { join } from "node:path";
import { spansOf } from "../src/doc.js";
import { processText } from "../src/process.js";
import { type GeoArticle, readGeoCorpus } from "./geoparsing-corpus.js";
import {
  accuracyAt161,
  addCounts,
  emptyCounts,
  endToEnd,
  medianKm,
  type PredictedToponym,
  scoreDocument,
  type ToponymCounts,
} from "./geoparsing-score.js";
import { prf } from "./prf.js";
import { evaluateItems, selectItems } from "./split-halves.js";
import type { Dataset, DatasetResult, FieldScore } from "./types.js";

const CORPORA = [
  { name: "lgl", file: "lgl.xml" },
  { name: "geovirus", file: "GeoVirus.xml" },
];

type CorpusArticle = { corpus: string; article: GeoArticle };
type ScoredArticle = { corpus: string; counts: ToponymCounts };

export const dataset: Dataset = {
  name: "geoparsing",
  evaluate: async (dir, options) => {
    // Half and limit apply within each corpus, so `--limit 20` still scores both.
    const articles = CORPORA.flatMap((corpus) =>
      selectItems(
        readGeoCorpus(join(dir, corpus.file)).map((article): CorpusArticle => ({ corpus: corpus.name, article })),
        idOf,
        options,
      ),
    );
    const predict = (a: CorpusArticle): ScoredArticle => ({
      corpus: a.corpus,
      counts: scoreDocument(a.article.toponyms, predictToponyms(a.article, options.processText)),
    });
    return evaluateItems(
      articles,
      { idOf, predict, summarise: summariseArticles },
      { ...options, limit: undefined, half: undefined },
    );
  },
};

function idOf(a: CorpusArticle): string {
  return `${a.corpus}:${a.article.id}`;
}

export function summariseArticles(scored: readonly ScoredArticle[]): DatasetResult {
  const perCorpus = CORPORA.map(({ name }) => {
    const mine = scored.filter((s) => s.corpus === name);
    return { name, articles: mine.length, counts: mine.reduce((sum, s) => addCounts(sum, s.counts), emptyCounts()) };
  });
  return summarise(
    perCorpus,
    perCorpus.reduce((sum, c) => addCounts(sum, c.counts), emptyCounts()),
  );
}

export function predictToponyms(article: GeoArticle, process: typeof processText = processText): PredictedToponym[] {
  const result = process(article.text, { origin: `geoparsing:${article.id}`, published: article.published });
  if (!("doc" in result)) return [];
  // Clean only trims and cuts trailing boilerplate; shift in case it trimmed the start.
  const shift = Math.max(0, article.text.indexOf(result.doc.text.slice(0, 40)));
  return spansOf(result.doc, "places").map((s) => ({
    start: s.start + shift,
    end: s.end + shift,
    latitude: numberOrNull(s.data?.latitude),
    longitude: numberOrNull(s.data?.longitude),
  }));
}

function summarise(
  perCorpus: { name: string; articles: number; counts: ToponymCounts }[],
  total: ToponymCounts,
): DatasetResult {
  const fields: FieldScore[] = [...perCorpus, { name: "combined", counts: total }].flatMap(({ name, counts }) =>
    fieldScores(name, counts),
  );
  const extra: Record<string, unknown> = {};
  for (const c of [
    ...perCorpus,
    { name: "combined", articles: perCorpus.reduce((n, p) => n + p.articles, 0), counts: total },
  ]) {
    const d = prf(c.counts.found, c.counts.predicted - c.counts.found, c.counts.gold - c.counts.found);
    extra[c.name] = {
      articles: c.articles,
      accuracyAt161: accuracyAt161(c.counts),
      detection: { precision: d.precision, recall: d.recall, f1: d.f1 },
      endToEnd: endToEnd(c.counts),
      medianErrorKm: medianKm(c.counts.errorsKm),
      gold: c.counts.gold,
      goldWithPoint: c.counts.goldWithPoint,
      predicted: c.counts.predicted,
      found: c.counts.found,
      placed: c.counts.placed,
    };
  }
  return {
    n: perCorpus.reduce((n, c) => n + c.articles, 0),
    unit: "articles",
    score: accuracyAt161(total),
    headline: "accuracy@161: share of gold toponyms (with coordinates) found and placed within 161 km, LGL + GeoVirus",
    metrics: [
      {
        name: "endToEndF1",
        value: endToEnd(total).f1,
        about: "F1: a prediction is right when it overlaps a gold toponym and lies within 161 km of it",
      },
    ],
    fields,
    extra,
  };
}

function fieldScores(name: string, counts: ToponymCounts): FieldScore[] {
  const d = prf(counts.found, counts.predicted - counts.found, counts.gold - counts.found);
  const e = endToEnd(counts);
  return [
    {
      field: `${name}/detection`,
      precision: d.precision,
      recall: d.recall,
      f1: d.f1,
      tp: d.tp,
      fp: d.fp,
      fn: d.fn,
      rule: "span overlap, one-to-one",
    },
    {
      field: `${name}/accuracy@161km`,
      precision: null,
      recall: null,
      f1: null,
      accuracy: accuracyAt161(counts) ?? undefined,
      rule: "found (span overlap) and predicted point within 161 km of the gold point; gold without a point excluded",
    },
    {
      field: `${name}/end-to-end`,
      ...e,
      rule: "prediction right when it overlaps a gold toponym and lies within 161 km; P over predictions (those on gold without a point left out), R = accuracy@161",
    },
  ];
}

function numberOrNull(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
