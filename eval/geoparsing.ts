// Places stage against LGL (local US news, 2009) and GeoVirus (WikiNews on epidemics): toponyms found
// (span overlap) and placed within 161 km. The whole pipeline runs on each article's text, as in ingest;
// only the places layer is read. LGL is three times larger and slower, so by default the eval reads its
// first DEFAULT_LGL_LIMIT articles (the whole 294-article dev split; both corpora take about 15 s on an
// idle machine, under a minute on a busy one); `limit` caps the articles of each corpus.
import { join } from "node:path";
import { spansOf } from "../src/doc.js";
import { processText } from "../src/process.js";
import { readGeoCorpus, type GeoArticle } from "./geoparsing-corpus.js";
import { accuracyAt161, addCounts, emptyCounts, medianKm, scoreDocument, type PredictedToponym, type ToponymCounts } from "./geoparsing-score.js";
import { prf } from "./prf.js";
import type { Dataset, DatasetResult, FieldScore } from "./types.js";

export const DEFAULT_LGL_LIMIT = 300;

const CORPORA = [
  { name: "lgl", file: "lgl.xml", defaultLimit: DEFAULT_LGL_LIMIT },
  { name: "geovirus", file: "GeoVirus.xml", defaultLimit: Infinity },
];

export const dataset: Dataset = {
  name: "geoparsing",
  evaluate: async (dir, options) => {
    const perCorpus = CORPORA.map((corpus) => {
      const articles = readGeoCorpus(join(dir, corpus.file)).slice(0, options.limit ?? corpus.defaultLimit);
      return { name: corpus.name, articles: articles.length, counts: scoreArticles(articles) };
    });
    const total = perCorpus.reduce((sum, c) => addCounts(sum, c.counts), emptyCounts());
    return summarise(perCorpus, total);
  },
};

export function predictToponyms(article: GeoArticle): PredictedToponym[] {
  const result = processText(article.text, { origin: `geoparsing:${article.id}`, published: article.published });
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

function scoreArticles(articles: GeoArticle[]): ToponymCounts {
  return articles.reduce((sum, a) => addCounts(sum, scoreDocument(a.toponyms, predictToponyms(a))), emptyCounts());
}

function summarise(perCorpus: { name: string; articles: number; counts: ToponymCounts }[], total: ToponymCounts): DatasetResult {
  const fields: FieldScore[] = [...perCorpus, { name: "combined", counts: total }].flatMap(({ name, counts }) => fieldScores(name, counts));
  const extra: Record<string, unknown> = {};
  for (const c of [...perCorpus, { name: "combined", articles: perCorpus.reduce((n, p) => n + p.articles, 0), counts: total }]) {
    const d = prf(c.counts.found, c.counts.predicted - c.counts.found, c.counts.gold - c.counts.found);
    extra[c.name] = {
      articles: c.articles,
      accuracyAt161: accuracyAt161(c.counts),
      detection: { precision: d.precision, recall: d.recall, f1: d.f1 },
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
    headline: "share of gold toponyms (with coordinates) found and placed within 161 km, LGL + GeoVirus",
    fields,
    extra,
  };
}

function fieldScores(name: string, counts: ToponymCounts): FieldScore[] {
  const d = prf(counts.found, counts.predicted - counts.found, counts.gold - counts.found);
  return [
    { field: `${name}/detection`, precision: d.precision, recall: d.recall, f1: d.f1, tp: d.tp, fp: d.fp, fn: d.fn, rule: "span overlap, one-to-one" },
    {
      field: `${name}/accuracy@161km`,
      precision: null,
      recall: null,
      f1: null,
      accuracy: accuracyAt161(counts) ?? undefined,
      rule: "found (span overlap) and predicted point within 161 km of the gold point; gold without a point excluded",
    },
  ];
}

function numberOrNull(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
