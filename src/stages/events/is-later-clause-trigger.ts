// "Iraqi forces push into Mosul as protests flare in Syria": a name before the trigger is no actor of it when
// the trigger lies in a clause that a subordinating conjunction opens after the name and that has a subject
// of its own: the name is the subject of the main clause, another happening. The word-window rules of
// assign-actors.ts read headlines and misparsed sentences, where this is commonest, so the check uses only
// the parse's local attachments (a `mark` and a subject on the trigger's clause), which hold up there.
import type { Span } from "../../doc.js";
import { childrenWith, headOf, headTokenOf, isClausal, type ParseTree, relationOf, wordOf } from "./parse-tree.js";

/** Adverbial subordinating conjunctions (closed-class grammar words, not a domain list). "that", "to", "if"
 * open reported speech, purposes and conditions, whose subject is often the name's own. */
const ADVERBIAL_MARKS = new Set(["as", "while", "whereas", "when", "after", "before", "because", "since", "until"]);
/** Relations that give a clause a subject of its own. */
const SUBJECTS = ["nsubj", "nsubj:pass", "csubj", "expl"];
/** Deeper than a trigger's clause head lies in a news parse; a guard against a malformed head chain. */
const MAX_HOPS = 8;

/**
 * The trigger's clause opens with a conjunction after the name and has a subject of its own. A headline's
 * clause is often misparsed as a phrase ("as protests flare": "as" a preposition, "flare" a noun, the trigger
 * its compound): a trigger that modifies the head of such a phrase is its subject.
 */
export function isLaterClauseTrigger(tree: ParseTree, name: Span, trigger: Span): boolean {
  const triggerToken = headTokenOf(tree, trigger);
  let token = triggerToken;
  for (let hops = 0; token >= 0 && hops < MAX_HOPS; hops++) {
    const isOpened = childrenWith(tree, token, ["mark"]).some((m) => isMarkBetween(tree, m, name, trigger));
    const isMisreadClause =
      token !== triggerToken && childrenWith(tree, token, ["case"]).some((m) => isMarkBetween(tree, m, name, trigger));
    if (isMisreadClause) return true;
    const hasSubject = childrenWith(tree, token, SUBJECTS).some((s) => tree.tokens[s].start >= name.end);
    if (isOpened) return hasSubject;
    if (isClausal(relationOf(tree, token))) return false;
    token = headOf(tree, token);
  }
  return false;
}

function isMarkBetween(tree: ParseTree, mark: number, name: Span, trigger: Span): boolean {
  const { start, end } = tree.tokens[mark];
  return ADVERBIAL_MARKS.has(wordOf(tree, mark)) && start >= name.end && end <= trigger.start;
}
