// The loop both argument datasets share: predict each document from its text alone, then align its
// events with the gold events and match their arguments (score-arguments.ts), summarised per role class.
import type { RoleClass } from "./argument-roles.js";
import { type Prediction, predictArguments } from "./predict-arguments.js";
import {
  type ArgumentCounts,
  type ArgumentEvent,
  addCounts,
  countEventArguments,
  type MatchRule,
  summariseMatches,
} from "./score-arguments.js";
import { evaluateItems } from "./split-halves.js";
import type { DatasetResult, EvalOptions } from "./types.js";

/** A document with its gold events in scope (none when its annotated event is of another kind). */
export type ArgumentDoc = { id: string; text: string; events: ArgumentEvent[] };

const CLASSES: RoleClass[] = ["attacker", "target/victim", "instrument", "place"];

type ScoredDoc = { counts: Map<RoleClass, ArgumentCounts>; events: number; skipped: boolean };

export type ArgumentSetup = { headline: string; unit: string; scope: string; rule: MatchRule };

export function evaluateArgumentDocs(
  docs: readonly ArgumentDoc[],
  options: EvalOptions & ArgumentSetup,
  predict: (text: string) => Prediction = (text) => predictArguments(text, options.processText),
): DatasetResult {
  const scoreDoc = (doc: ArgumentDoc): ScoredDoc => {
    const prediction = predict(doc.text);
    const counts = new Map<RoleClass, ArgumentCounts>();
    countEventArguments(doc.events, prediction.events, options.rule, counts);
    return { counts, events: prediction.events.length, skipped: prediction.skipped !== undefined };
  };
  return evaluateItems(
    docs,
    { idOf: (d) => d.id, predict: scoreDoc, summarise: (scored) => summariseDocs(scored, options) },
    options,
  );
}

function summariseDocs(scored: readonly ScoredDoc[], setup: ArgumentSetup): DatasetResult {
  const counts = new Map<RoleClass, ArgumentCounts>();
  for (const doc of scored) addCounts(counts, doc.counts);
  const { fields, micro } = summariseMatches(counts, CLASSES, setup.rule.name);
  return {
    n: scored.length,
    unit: setup.unit,
    // No prediction at all against existing gold is a score of 0, not "undefined".
    score: micro.f1 ?? (micro.tp! + micro.fn! > 0 ? 0 : null),
    headline: setup.headline,
    fields,
    extra: {
      scope: setup.scope,
      gold_arguments: micro.tp! + micro.fn!,
      predicted_arguments: micro.tp! + micro.fp!,
      scored_events_predicted: scored.reduce((n, d) => n + d.events, 0),
      documents_skipped_by_clean: scored.filter((d) => d.skipped).length,
    },
  };
}
