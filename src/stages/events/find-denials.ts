// "The Taliban denied involvement", "Al-Shabaab denied carrying out the bombing", "the group rejected
// claims it was behind the attack": a group that denies an attack is said not to have done it. Read from
// the parse: a verb of denial (lexicon/actors/responsibility-claims.tsv) whose object is a noun of
// involvement, an attack, or a clause that names one; its subject is the one who denies. What it denies
// is the attack its words name, else the one reported before it (attribute-claimed-attacks.ts).
import type { Doc } from "../../doc.js";
import type { EventLexicons } from "./event-lexicons.js";
import { claimantOf, isAttackWord, type ResponsibilityClaim } from "./find-claimed-perpetrator.js";
import { childrenOf, type ParseTree, readParseTree, relationOf, wordOf } from "./parse-tree.js";

// What a verb of denial denies: its object, or a clause ("denied carrying out", "denied that it attacked").
const DENIED_RELATIONS = /^(?:obj|ccomp|xcomp)$/;
/** How deep below the denied word an attack word may hang ("involvement in the attack on the market"). */
const ATTACK_DEPTH = 3;

export function findDenials(doc: Doc, lexicons: EventLexicons): ResponsibilityClaim[] {
  const tree = readParseTree(doc);
  const { denialVerbs, denialNouns } = lexicons.responsibilityClaims;
  const found: ResponsibilityClaim[] = [];
  tree.tokens.forEach((_, verb) => {
    if (!denialVerbs.has(wordOf(tree, verb))) return;
    const denied = childrenOf(tree, verb).find((c) => DENIED_RELATIONS.test(relationOf(tree, c)));
    if (denied === undefined) return;
    const attack = attackBelow(tree, denied, lexicons, ATTACK_DEPTH);
    const isDenial = attack >= 0 || (relationOf(tree, denied) === "obj" && denialNouns.has(wordOf(tree, denied)));
    const claimant = claimantOf(tree, verb);
    if (!isDenial || claimant < 0) return;
    const at = tree.tokens[denied].start;
    found.push({
      at,
      claimant,
      isDenied: true,
      isDenial: true,
      ...(attack >= 0 ? { attack: tree.tokens[attack] } : {}),
    });
  });
  return found;
}

/** The first attack word at or below `token`, at most `depth` steps down; -1 when none. */
function attackBelow(tree: ParseTree, token: number, lexicons: EventLexicons, depth: number): number {
  if (isAttackWord(tree, token, lexicons)) return token;
  if (depth === 0) return -1;
  for (const child of childrenOf(tree, token)) {
    const found = attackBelow(tree, child, lexicons, depth - 1);
    if (found >= 0) return found;
  }
  return -1;
}
