// "The army said it struck a weapons depot", "jets bombed an arms cache near the port": a store of weapons
// named as the object of an act other than seizing or destroying it (lexicon/events/weapon-seizure-verbs.txt)
// is that act's target, or just a thing, not a disrupted weapons use of its own. Read from the parse: the
// mention is the bare noun ("weapons depot": the trigger's longer forms hold their own verb), and it hangs as
// an object or oblique on a verb outside it.
import type { TriggerMention } from "./find-triggers.js";
import { headOf, headTokenOf, type ParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";

const DISRUPTED = "Disrupted weapons use";
const ARGUMENT = /^(?:obj|obl|nsubj:pass)(?::|$)/;

export function isTargetCache(tree: ParseTree, mention: TriggerMention, seizureVerbs: RegExp): boolean {
  if (mention.subEventType !== DISRUPTED) return false;
  const head = headTokenOf(tree, mention.span);
  if (head < 0 || uposOf(tree, head) !== "NOUN" || !ARGUMENT.test(relationOf(tree, head))) return false;
  const verb = headOf(tree, head);
  if (verb < 0 || uposOf(tree, verb) !== "VERB") return false;
  const isInside = tree.tokens[verb].start >= mention.span.start && tree.tokens[verb].end <= mention.span.end;
  return !isInside && !seizureVerbs.test(wordOf(tree, verb));
}
