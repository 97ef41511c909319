// ECB+ event coreference, scored on sitrep's real merge (src/merge: compare-items + cluster-items).
//
// What is scored: the clustering of ECB+'s gold event mentions (ACTION_* and NEG_ACTION_* in the sentences
// ECBplus_coreference_sentences.csv lists), not sitrep's own event extraction: ECB+ is mostly not about armed
// conflict (celebrity rehab, earthquakes, product launches), so the pipeline would find few of its events.
// Each mention becomes a merge item with what a gold mention gives: its words (trigger stems) and its
// sentence (content-word stems); ECB+ gives no normalised date, place or actors, so those stay unknown
// and neither help nor block. Mentions are clustered per topic (gold topics, as is usual for ECB+), with
// MERGE_SETTINGS unchanged except mergeWithinDocument (gold mentions were never grouped in their document) and the
// undated rule (below).
// Headline: CoNLL F1 (mean of MUC, B³, CEAF-e; coref-metrics.ts) over all topics' mentions pooled, chains
// across documents; within-document is the same clusters cut at document borders. Singletons count.

import { clusterItems } from "../src/merge/cluster-items.js";
import { findContentStems, stemWord } from "../src/merge/content-words.js";
import type { MergeItem } from "../src/merge/merge-item.js";
import { MERGE_SETTINGS, type MergeSettings } from "../src/merge/merge-settings.js";
import { type Cluster, type ConllScores, scoreConll } from "./coref-metrics.js";
import { type EcbMention, readEcbTopics } from "./ecbplus-corpus.js";
import { evaluateItems } from "./split-halves.js";
import type { Dataset, DatasetResult, FieldScore } from "./types.js";

// ECB+ gives no date, place or actors: every mention would be "undated" and placeless, so the rule for undated
// records (merge-settings: undatedNeedsPlaceAndActor) could link none; the score measures wording and triggers.
export const ECB_SETTINGS: MergeSettings = {
  ...MERGE_SETTINGS,
  mergeWithinDocument: true,
  undatedNeedsPlaceAndActor: false,
};

type TopicRecord = { key: Cluster[]; response: Cluster[]; mentions: number };

const HEADLINE =
  "cross-document event-coreference CoNLL F1 (mean of MUC, B³, CEAF-e) of gold mentions clustered by the merge";

export const dataset: Dataset = {
  name: "ecbplus",
  async evaluate(dir, options) {
    const topics = [...readEcbTopics(dir).entries()];
    if (topics.length === 0)
      return {
        n: 0,
        unit: "topics",
        score: null,
        headline: HEADLINE,
        reason: "no ECB+ topics in the data folder",
        fields: [],
      };
    // Halves by topic: a topic's documents describe the same incidents, so splitting inside one would leak.
    return evaluateItems(
      topics,
      { idOf: ([topic]) => `ecbplus#${topic}`, predict: scoreTopic, summarise: summariseTopics },
      options,
    );
  },
};

function scoreTopic([, mentions]: [string, EcbMention[]]): TopicRecord {
  return {
    key: groupBy(mentions, (m) => m.chain),
    response: clusterMentions(mentions, ECB_SETTINGS),
    mentions: mentions.length,
  };
}

function summariseTopics(records: readonly TopicRecord[]): DatasetResult {
  const key = records.flatMap((r) => r.key);
  const response = records.flatMap((r) => r.response);
  if (key.length === 0) return { n: 0, unit: "topics", score: null, headline: HEADLINE, fields: [] };
  const cross = scoreConll(key, response);
  const within = scoreConll(splitByDocument(key), splitByDocument(response));
  const mentions = records.reduce((n, r) => n + r.mentions, 0);
  return {
    n: records.length,
    unit: "topics",
    score: round(cross.conllF1),
    headline: HEADLINE,
    fields: [...toFields("cross-document", cross), ...toFields("within-document", within)],
    metrics: [
      {
        name: "within-document",
        value: round(within.conllF1),
        about: "within-document CoNLL F1 of the same clusters cut at document borders",
      },
    ],
    extra: { mentions, gold_chains: key.length, response_clusters: response.length },
  };
}

export function clusterMentions(mentions: EcbMention[], settings: MergeSettings): Cluster[] {
  return clusterItems(mentions.map(toMergeItem), settings).map((items) => items.map((i) => i.id));
}

function toMergeItem(mention: EcbMention): MergeItem {
  const content = findContentStems(mention.trigger);
  return {
    id: mention.id,
    documentIds: new Set([mention.documentId]),
    eventType: null,
    subEventType: null,
    actors1: new Set(),
    actors2: new Set(),
    dayStart: null,
    dayEnd: null,
    timePrecision: null,
    iso3: null,
    location: null,
    latitude: null,
    longitude: null,
    geoPrecision: null,
    words: findContentStems(mention.sentence),
    triggers: content.size > 0 ? content : new Set(mention.trigger.split(" ").map(stemWord)),
    publishedDay: null,
  };
}

function groupBy(mentions: EcbMention[], keyOf: (m: EcbMention) => string): Cluster[] {
  const groups = new Map<string, string[]>();
  for (const m of mentions) (groups.get(keyOf(m)) ?? groups.set(keyOf(m), []).get(keyOf(m))!).push(m.id);
  return [...groups.values()];
}

/** Mention ids are "<document>:<m_id>": a cluster cut at document borders. */
function splitByDocument(clusters: Cluster[]): Cluster[] {
  return clusters.flatMap((cluster) => {
    const parts = new Map<string, string[]>();
    for (const id of cluster) {
      const doc = id.slice(0, id.lastIndexOf(":"));
      (parts.get(doc) ?? parts.set(doc, []).get(doc)!).push(id);
    }
    return [...parts.values()];
  });
}

function toFields(scope: string, scores: ConllScores): FieldScore[] {
  const rule = `${scope}: mention clusters vs gold chains (reference-scorer definitions)`;
  return (["muc", "bcub", "ceafe"] as const).map((metric) => ({
    field: `${scope} ${metric === "bcub" ? "B³" : metric === "ceafe" ? "CEAF-e" : "MUC"}`,
    precision: round(scores[metric].precision),
    recall: round(scores[metric].recall),
    f1: round(scores[metric].f1),
    rule,
  }));
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
