// "Gunmen killed 14 villagers on Monday. The attackers, who were believed to belong to the Islamic State,
// fled": a later sentence ties the attackers the report told of to a group. The back-reference ("the
// attackers", "the gunmen": a definite noun of an armed group's kind) is the subject, or the controller, of
// a word of belonging (lexicon/actors/responsibility-claims.tsv), and the group its "to" or "with" phrase.
// The report names who carried out the attack before it, as a third party's blame does: an attribution
// (attribute-claimed-attacks.ts), which replaces an unidentified armed group and yields to a denial.
import type { Doc } from "../../doc.js";
import type { EventLexicons } from "./event-lexicons.js";
import type { ResponsibilityClaim } from "./find-claimed-perpetrator.js";
import { caseOf, childrenWith, headOf, type ParseTree, readParseTree, relationOf, wordOf } from "./parse-tree.js";

// "belong to X", "linked to X", "affiliated with X", "loyal to X".
const GROUP_CASES = new Set(["to", "with"]);
// "the attackers": a definite article refers back to attackers already told of; "some attackers" does not.
const BACK_REFERRING = new Set(["the", "these", "those"]);
const RELATIVE_PRONOUNS = new Set(["who", "which", "that"]);
// How far up a chain of complements a belonging word looks for its subject ("were believed to be said to").
const MAX_CONTROL_STEPS = 3;

export function findAttackerAffiliations(doc: Doc, lexicons: EventLexicons): ResponsibilityClaim[] {
  const tree = readParseTree(doc);
  const found: ResponsibilityClaim[] = [];
  tree.tokens.forEach((_, word) => {
    if (!lexicons.responsibilityClaims.belongingWords.has(wordOf(tree, word))) return;
    const group = childrenWith(tree, word, ["obl", "nmod"]).find((c) => GROUP_CASES.has(caseOf(tree, c) ?? ""));
    if (group === undefined) return;
    const attackers = subjectOf(tree, word);
    if (attackers < 0 || !isAttackersReference(tree, attackers, lexicons)) return;
    found.push({ at: tree.tokens[attackers].start, claimant: group, isDenied: false, isAttribution: true });
  });
  return found;
}

/**
 * The one the belonging word is said of: its subject; up a chain of complements, the subject of the verb that
 * controls it ("were believed to belong"); the noun a participle describes ("the gunmen, linked to X,");
 * the noun a relative pronoun stands for ("the attackers, who belonged to X"). -1 when none.
 */
function subjectOf(tree: ParseTree, word: number): number {
  let at = word;
  for (let step = 0; step < MAX_CONTROL_STEPS && at >= 0; step++) {
    const [subject] = childrenWith(tree, at, ["nsubj"]);
    if (subject !== undefined) return RELATIVE_PRONOUNS.has(wordOf(tree, subject)) ? relativeHeadOf(tree, at) : subject;
    const relation = relationOf(tree, at);
    if (relation.startsWith("acl")) return headOf(tree, at);
    if (relation !== "xcomp") return -1;
    at = headOf(tree, at);
  }
  return -1;
}

/** The noun a relative clause describes, its clause's head being `verb` or a verb above it. */
function relativeHeadOf(tree: ParseTree, verb: number): number {
  return relationOf(tree, verb) === "acl:relcl" ? headOf(tree, verb) : -1;
}

function isAttackersReference(tree: ParseTree, noun: number, lexicons: EventLexicons): boolean {
  const isArmed = lexicons.actorNouns.kinds.get(wordOf(tree, noun)) === "armed group";
  return isArmed && childrenWith(tree, noun, ["det"]).some((c) => BACK_REFERRING.has(wordOf(tree, c)));
}
