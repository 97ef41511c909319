// The keep/drop classifier's examples: the quotes stage (rules and a cue model) runs on a PolNeAR article
// and each attribution it proposes is labelled by the eval's strict match against the gold relations
// (one-to-one in document order, eval/polnear.ts), so the classifier learns exactly what the score counts.
import { type GoldAttribution, matchesStrictly, type PredictedAttribution } from "../../../../eval/polnear.js";
import { createDoc, spansOf } from "../../../doc.js";
import type { Stage } from "../../../stage.js";
import {
  ATTRIBUTION_FEATURE_COUNT,
  fillAttributionFeatures,
  type ProposedAttribution,
} from "../attribution-features.js";
import type { Fragments, PolnearArticle } from "./read-polnear.js";

export type KeepExample = { features: Int32Array; gold: number };

export function proposeAttributions(article: PolnearArticle, stages: readonly Stage[]): ProposedAttribution[] {
  const doc = stages.reduce(
    (d, stage) => stage.run(d),
    createDoc(article.stem, article.text, { origin: article.stem }),
  );
  return spansOf(doc, "quotes").map((q) => ({
    source: q.data!.source,
    cue: q.data!.cue,
    content: { start: q.start, end: q.end },
    kind: q.data!.kind,
    isLearnedCue: q.by.endsWith("/learned-cue"),
  }));
}

/** Each proposal with 1 when it strictly matches a gold relation not matched before, else 0. */
export function labelProposals(article: PolnearArticle, proposals: readonly ProposedAttribution[]): number[] {
  const copy = (fragments: Fragments) => fragments.map(([s, e]): [number, number] => [s, e]);
  const gold: GoldAttribution[] = article.relations.map((r) => ({
    source: copy(r.source),
    cue: copy(r.cue),
    content: copy(r.content),
  }));
  const used = new Set<number>();
  return proposals.map((p) => {
    const predicted: PredictedAttribution = {
      source: [p.source.start, p.source.end],
      cue: [p.cue.start, p.cue.end],
      content: [p.content.start, p.content.end],
    };
    const match = gold.findIndex((g, i) => !used.has(i) && matchesStrictly(article.text, g, predicted));
    if (match < 0) return 0;
    used.add(match);
    return 1;
  });
}

export function toKeepExamples(
  text: string,
  proposals: readonly ProposedAttribution[],
  labels: number[],
): KeepExample[] {
  return proposals.map((p, i) => {
    const features = new Int32Array(ATTRIBUTION_FEATURE_COUNT);
    fillAttributionFeatures(text, p, features);
    return { features, gold: labels[i] };
  });
}
