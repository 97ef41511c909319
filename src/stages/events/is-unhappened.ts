// A trigger whose clause the "did it happen" classifier (src/text/happened, trained on IndiaPoliceEvents)
// scores below the events stage's thresholds. Plans, threats, negations and habits are read-irrealis.ts's to
// decide (the corpus has too few of them to learn: models/README.md); the classifier's ranking is used where it
// pays, a low bar in every report and a higher one for the metaphors of reports without conflict evidence.
// Only parsed sentences are scored; elsewhere nothing is said against the trigger.
import { findHappenedFeatures } from "../../text/happened/happened-features.js";
import { type HappenedModel, scoreHappened } from "../../text/happened/happened-model.js";
import { buildParsedWords, type ParsedWords } from "../../text/happened/parsed-words.js";
import type { TriggerMention } from "./find-triggers.js";
import { headTokenOf, type ParseTree, wordOf } from "./parse-tree.js";
import type { EventsSettings } from "./settings.js";

/**
 * Below `happenedThreshold` a clause did not happen whatever the report. In a report with no conflict evidence
 * (is-off-register.ts: no weapon, casualty count or armed actor), a predicate that names no place, people or
 * crowd needs only a weaker doubt: there a conflict word is more often a metaphor of sport or trade ("his
 * shot", "the deal") than a report of violence, and nouns count as well as verbs.
 */
export function isUnhappened(score: number, isOffRegisterPredicate: () => boolean, settings: EventsSettings): boolean {
  if (score < settings.happenedThreshold) return true;
  return score < settings.quietHappenedThreshold && isOffRegisterPredicate();
}

/** The document's parse in the classifier's shape: built once per document. */
export function readParsedWords(tree: ParseTree): ParsedWords {
  return buildParsedWords(
    tree.tokens.map((_, i) => wordOf(tree, i)),
    tree.tokens.map((t) => t.data?.upos ?? ""),
    tree.tokens.map((t) => t.data?.head ?? -1),
    tree.tokens.map((t) => t.data?.deprel ?? ""),
  );
}

/** The classifier's probability that the trigger's event took place, or null where its sentence was not parsed. */
export function scoreMentionHappened(
  model: HappenedModel,
  tree: ParseTree,
  parse: ParsedWords,
  mention: TriggerMention,
): number | null {
  const token = headTokenOf(tree, mention.span);
  return token < 0 ? null : scoreHappened(model, findHappenedFeatures(parse, token));
}
