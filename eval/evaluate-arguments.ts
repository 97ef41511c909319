// The loop both argument datasets share: predict each document from its text alone, then match against
// its gold arguments (score-arguments.ts) and summarise per role class.
import type { RoleClass } from "./argument-roles.js";
import { predictArguments, type Prediction } from "./predict-arguments.js";
import { countMatches, summariseMatches, type Argument, type ArgumentCounts } from "./score-arguments.js";
import type { DatasetResult, EvalOptions } from "./types.js";

export type ArgumentDoc = { id: string; text: string; gold: Argument[] };

const CLASSES: RoleClass[] = ["attacker", "target/victim", "instrument", "place"];

export function evaluateArgumentDocs(
  docs: readonly ArgumentDoc[],
  options: EvalOptions & { headline: string; unit: string; scope: string },
  predict: (text: string) => Prediction = predictArguments,
): DatasetResult {
  const selected = options.limit === undefined ? docs : docs.slice(0, options.limit);
  const counts = new Map<RoleClass, ArgumentCounts>();
  let events = 0;
  let skipped = 0;
  selected.forEach((doc, i) => {
    const prediction = predict(doc.text);
    events += prediction.events;
    if (prediction.skipped) skipped += 1;
    countMatches(doc.gold, prediction.arguments, counts);
    options.onProgress?.(i + 1, selected.length);
  });
  const { fields, micro } = summariseMatches(counts, CLASSES);
  return {
    n: selected.length,
    unit: options.unit,
    // No prediction at all against existing gold is a score of 0, not "undefined".
    score: micro.f1 ?? (micro.tp! + micro.fn! > 0 ? 0 : null),
    headline: options.headline,
    fields,
    extra: { scope: options.scope, gold_arguments: micro.tp! + micro.fn!, predicted_arguments: micro.tp! + micro.fp!, scored_events_predicted: events, documents_skipped_by_clean: skipped },
  };
}
