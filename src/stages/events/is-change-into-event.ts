// "The power struggle exploded into street battles", "the rally exploded into clashes": a verb of violence
// whose "into" phrase names another event tells the change into that event, not an act of its own. The
// battles are the incident; the explosion is a figure of speech. Read from the parse: the trigger is a verb
// with no object of its own (not "fired into the crowd", whose shots are real) and an "into" phrase whose
// head word lies inside another trigger mention.
import type { TriggerMention } from "./find-triggers.js";
import { caseOf, childrenWith, type ParseTree, uposOf, verbTokenOf } from "./parse-tree.js";

export function isChangeIntoEvent(
  tree: ParseTree,
  mention: TriggerMention,
  triggers: readonly TriggerMention[],
): boolean {
  const verb = verbTokenOf(tree, mention.span);
  if (verb < 0 || uposOf(tree, verb) !== "VERB") return false;
  if (childrenWith(tree, verb, ["obj"]).length > 0) return false;
  return childrenWith(tree, verb, ["obl"]).some((phrase) => {
    if (caseOf(tree, phrase) !== "into") return false;
    const { start, end } = tree.tokens[phrase];
    return triggers.some((t) => t !== mention && t.span.start <= start && end <= t.span.end);
  });
}
