// "A car bomb killed six people. Al-Shabaab said its fighters carried out the attack." / "... said it was
// behind the attack": a group that says its own force ("its fighters", "it", "they") did an attack claims
// it, as "claimed responsibility" does. Read from the parse: a verb of saying whose reported clause has
// the speaker's own force as subject and an attack word as its predicate or object; the speaker is the
// claimant (attribute-claimed-attacks.ts gives it the attack the words name, else the one before).
import type { Doc } from "../../doc.js";
import type { EventLexicons } from "./event-lexicons.js";
import { claimantOf, isAttackWord, type ResponsibilityClaim } from "./find-claimed-perpetrator.js";
import {
  caseOf,
  childrenOf,
  childrenWith,
  type ParseTree,
  readParseTree,
  relationOf,
  uposOf,
  wordOf,
} from "./parse-tree.js";
import { isSpeakersOwn } from "./read-reporting-subject.js";
import { isSpeechVerb } from "./saying-verb-of.js";

// Where the attack word sits in the reported clause: the predicate ("was behind the attack"), its object
// ("carried out the bombing") or an oblique ("was responsible for the attack").
const ATTACK_RELATIONS = /^(?:obj|obl|nmod)(?::|$)/;

export function findSpeakerClaims(doc: Doc, lexicons: EventLexicons): ResponsibilityClaim[] {
  const tree = readParseTree(doc);
  const found: ResponsibilityClaim[] = [];
  tree.tokens.forEach((_, verb) => {
    if (!isSpeechVerb(tree, verb)) return;
    const claimant = claimantOf(tree, verb);
    if (claimant < 0 || uposOf(tree, claimant) === "PRON") return;
    for (const clause of childrenWith(tree, verb, ["ccomp"])) {
      const isOwnAgent = childrenWith(tree, clause, ["nsubj"]).some((s) => isSpeakersOwn(tree, s));
      const attack = isOwnAgent ? attackOf(tree, clause, lexicons) : -1;
      if (attack >= 0)
        found.push({ at: tree.tokens[clause].start, claimant, isDenied: false, attack: tree.tokens[attack] });
    }
  });
  return found;
}

/**
 * The attack the clause says its subject did: an attack after a cue ("it was behind the attack") or
 * governed by a cue verb ("carried out the bombing", "responsible for the attack"); -1 for "they were
 * investigating the attack", and for an act told anew ("they had targeted a hangar"), which is an event of
 * its own, not a claim of one reported before.
 */
export function attackOf(tree: ParseTree, clause: number, lexicons: EventLexicons): number {
  const cues = lexicons.responsibilityClaims.claimCues;
  if (isAttackWord(tree, clause, lexicons)) {
    const marker = caseOf(tree, clause);
    return marker !== null && cues.has(marker) ? clause : -1;
  }
  if (!cues.has(wordOf(tree, clause))) return -1;
  const argument = childrenOf(tree, clause).find(
    (c) => ATTACK_RELATIONS.test(relationOf(tree, c)) && isAttackWord(tree, c, lexicons),
  );
  return argument ?? -1;
}
