// "The government risks street battles if it presses ahead", "critics warn of riots", "on the day of the march
// the metro will run a reduced service": an op-ed, a forecast or the notice of a planned march tells of
// violence that has not happened. In a conflict report the gold counts reported threats and "would have"
// clauses as events (is-irrealis.ts keeps future and conditional there), but a report with no conflict
// evidence (is-off-register.ts: no weapon, casualty count or armed actor) has no incident for them to
// belong to. There any clause of the future, a condition, a plan or a prospect is no incident, and so is an
// event noun whose own verb is future or conditional, or a verb of risk, warning or fear
// (lexicon/events/prospect-verbs.txt).
import type { TriggerMention } from "./find-triggers.js";
import { headOf, headTokenOf, isClausal, type ParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";
import type { QuietLexicons } from "./quiet-lexicons.js";
import { type Irrealis, readClauseIrrealis } from "./read-irrealis.js";

const PROSPECTS: ReadonlySet<Irrealis> = new Set(["future", "conditional", "planned", "prospective"]);
// "the day of the march" -> "will run": a noun reaches its clause's verb within a few nominal hops.
const MAX_NOUN_HOPS = 3;

/** `found`: the trigger's own irrealis (readMentionIrrealis). */
export function isQuietProspect(
  tree: ParseTree,
  mention: TriggerMention,
  found: Irrealis | null,
  lexicons: QuietLexicons,
): boolean {
  if (found !== null && PROSPECTS.has(found)) return true;
  const verb = verbOfNoun(tree, headTokenOf(tree, mention.span));
  if (verb < 0) return false;
  if (lexicons.prospectVerbs.test(wordOf(tree, verb))) return true;
  const clause = readClauseIrrealis(tree, verb);
  return clause !== null && PROSPECTS.has(clause);
}

/** The verb a noun trigger is an argument of, climbing through nominals ("day of the march"); -1 if none. */
export function verbOfNoun(tree: ParseTree, token: number): number {
  if (token < 0 || !/^(?:NOUN|PROPN)$/.test(uposOf(tree, token))) return -1;
  let current = token;
  for (let hops = 0; hops < MAX_NOUN_HOPS; hops++) {
    if (isClausal(relationOf(tree, current))) return -1;
    const head = headOf(tree, current);
    if (head < 0) return -1;
    if (uposOf(tree, head) === "VERB") return head;
    current = head;
  }
  return -1;
}
