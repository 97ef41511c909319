// "Two people were killed in clashes between security forces and protesters": the crowd a riot's trigger
// names as one of its sides is the riot's crowd, though the actor readers found only the force and the
// people counted dead (ACLED codes a violent demonstration as "Rioters (<country>)" against the force, the
// dead are its fatalities). Only a noun of the protesters' or rioters' kind counts: "residents" beside a riot
// are as often the people it hit. Where the parse hangs the crowd elsewhere, a crowd noun that is itself a
// trigger of the incident in the riot trigger's own sentence names it (a later sentence's "demonstrators" may
// be another crowd). Last, a crowd of civilians as the subject of the riot's verb ("residents set fire to a
// police post"): civilians do not act in ACLED's sense, so acting they are the rioters.
import { type Doc, type Span, spansOf } from "../../doc.js";
import type { ActorNouns } from "./actor-nouns.js";
import { findCrowdSubject } from "./crowd-destruction.js";
import { readParseTree, wordOf } from "./parse-tree.js";
import { readPredicate } from "./read-predicate.js";
import { sentenceHolding } from "./sentence-of.js";

const CROWD_KINDS = new Set(["protesters", "rioters"]);

/** The riot's crowd noun, as its span; undefined when none. `triggers`: the riot's trigger first. */
export function findRiotCrowd(doc: Doc, triggers: readonly Span[], nouns: ActorNouns): Span | undefined {
  const tree = readParseTree(doc);
  return (
    findCrowdArgument(doc, triggers, nouns) ??
    findCrowdTrigger(doc, triggers, nouns) ??
    triggers.map((t) => findCrowdSubject(tree, t, nouns)).find((s) => s !== undefined)
  );
}

/** The first crowd noun among the triggers' arguments, agent or patient. */
function findCrowdArgument(doc: Doc, triggers: readonly Span[], nouns: ActorNouns): Span | undefined {
  const tree = readParseTree(doc);
  for (const trigger of triggers) {
    const predicate = readPredicate(tree, trigger);
    if (!predicate) continue;
    for (const token of predicate.anchors.keys()) {
      if (!CROWD_KINDS.has(nouns.kinds.get(wordOf(tree, token)) ?? "")) continue;
      const { start, end } = tree.tokens[token];
      return { start, end, label: "ACTOR", by: "events/riot-crowd" };
    }
  }
  return undefined;
}

/** A crowd noun among the triggers, in the first trigger's sentence. */
function findCrowdTrigger(doc: Doc, triggers: readonly Span[], nouns: ActorNouns): Span | undefined {
  const [first] = triggers;
  const sentence = sentenceHolding(doc, first);
  if (!sentence) return undefined;
  const isCrowd = (t: Span) => CROWD_KINDS.has(nouns.kinds.get(doc.text.slice(t.start, t.end).toLowerCase()) ?? "");
  return triggers.find((t) => t.start >= sentence.start && t.end <= sentence.end && isCrowd(t));
}
