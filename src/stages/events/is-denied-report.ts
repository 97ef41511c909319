// "Police denied reports that 12 people had been killed in an attack on the market": the killing is what
// the police say did not happen, told only as the content of reports they deny. A trigger whose clause
// hangs (as acl or relative clause) on a hearsay noun (lexicon/events/hearsay-nouns.txt), or on a noun
// phrase inside it ("reports on social media that ..."), that is the object of a verb of denial is no
// incident of the report; the same incident told elsewhere as fact still is. A denial of who did it
// ("the group denied carrying out the bombing") denies the doer, not the event: find-denials.ts reads it.
import type { TriggerMention } from "./find-triggers.js";
import { headOf, headTokenOf, isClausal, type ParseTree, relationOf, wordOf } from "./parse-tree.js";

/** "reports on social media that": the parser may hang the clause on the noun after the hearsay noun. */
const MAX_NOUN_HOPS = 2;
/** "killed in an attack on the market in the town": a noun a few phrases below its clause's verb. */
const MAX_PHRASE_HOPS = 4;
const CONTENT_CLAUSE = /^(?:acl|ccomp)(?::|$)/;

export function isDeniedReport(
  tree: ParseTree,
  mention: TriggerMention,
  denialVerbs: ReadonlySet<string>,
  hearsayNouns: ReadonlySet<string>,
): boolean {
  const token = headTokenOf(tree, mention.span);
  return token >= 0 && isUnderDeniedHearsay(tree, clauseHeadOf(tree, token), denialVerbs, hearsayNouns);
}

/** "killed in an attack on the market": the attack's clause is the one its verb heads. */
function clauseHeadOf(tree: ParseTree, token: number): number {
  let head = token;
  for (let hops = 0; hops < MAX_PHRASE_HOPS && !isClausal(relationOf(tree, head)); hops++) {
    const up = headOf(tree, head);
    if (up < 0) break;
    head = up;
  }
  return head;
}

function isUnderDeniedHearsay(
  tree: ParseTree,
  clause: number,
  denialVerbs: ReadonlySet<string>,
  hearsayNouns: ReadonlySet<string>,
): boolean {
  if (!CONTENT_CLAUSE.test(relationOf(tree, clause))) return false;
  let noun = headOf(tree, clause);
  for (let hops = 0; noun >= 0 && hops <= MAX_NOUN_HOPS; hops++) {
    if (hearsayNouns.has(wordOf(tree, noun)) && relationOf(tree, noun) === "obj") {
      return denialVerbs.has(wordOf(tree, headOf(tree, noun)));
    }
    noun = headOf(tree, noun);
  }
  return false;
}
