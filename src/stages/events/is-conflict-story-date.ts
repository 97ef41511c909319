// "Militants attacked an army post, killing five. ... The insurgency began in 2012 and has spread": a date in
// a clause whose subject is a conflict (lexicon/events/period-nouns.txt) dates the conflict, not the incident
// told before it, which must not borrow it (an attack dated years before the report). Read from the parse: the
// subject of the verb the date hangs on. The syntax stage parses only sentences with an event candidate, so an
// unparsed sentence is read by its opening: a determiner and a conflict noun among the next words.
import type { Span } from "../../doc.js";
import {
  childrenWith,
  headOf,
  headTokenOf,
  isClausal,
  type ParseTree,
  relationOf,
  uposOf,
  wordOf,
} from "./parse-tree.js";

/** Steps from the date up to its verb: "in April 2023" hangs on "began" directly, "in the spring of 2012" in two. */
const MAX_HOPS = 3;
const SUBJECTS = ["nsubj", "nsubj:pass"];
const DETERMINERS = new Set(["the", "this", "that", "its", "their"]);
/** Words after the determiner where the subject's head may stand ("the long war", "the civil war in X"). */
const OPENING_WORDS = 3;

export function isConflictStoryDate(
  tree: ParseTree,
  sentence: Span,
  date: Span,
  periodNouns: ReadonlySet<string>,
): boolean {
  const token = headTokenOf(tree, date);
  if (token < 0) return opensWithConflict(tree.doc.text.slice(sentence.start, sentence.end), periodNouns);
  const verb = verbOf(tree, token);
  return verb >= 0 && childrenWith(tree, verb, SUBJECTS).some((s) => periodNouns.has(wordOf(tree, s)));
}

function verbOf(tree: ParseTree, token: number): number {
  let at = token;
  for (let hops = 0; at >= 0 && hops < MAX_HOPS; hops++) {
    const head = headOf(tree, at);
    if (head < 0) return -1;
    if (uposOf(tree, head) === "VERB" || isClausal(relationOf(tree, at))) return head;
    at = head;
  }
  return -1;
}

function opensWithConflict(sentence: string, periodNouns: ReadonlySet<string>): boolean {
  const words = sentence.toLowerCase().match(/[a-z'-]+/g) ?? [];
  if (!DETERMINERS.has(words[0] ?? "")) return false;
  return words.slice(1, 1 + OPENING_WORDS).some((w) => periodNouns.has(w));
}
