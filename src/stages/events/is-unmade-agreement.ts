// "Chances of a ceasefire remain slim", "the army suspended a planned round of peace talks", "the talks
// focused on prisoner exchanges", "after the truce collapsed": an agreement noun is often hoped for, sought,
// held off, broken or only talked about, and ACLED codes an agreement only on the day it is made or starts
// (Codebook 2023, "Agreement"). An agreement whose trigger is a noun is no event when a word of that kind
// (lexicon/events/unmade-agreement-cues.txt) governs it, reached through the nouns it hangs on ("round" ->
// "suspended", "chances" -> "remain"), or modifies it ("a proposed deal", "the collapsed truce"). Verb
// triggers ("agreed to", "signed an accord") are the making verb themselves, unmade when their clause did not
// happen (read-irrealis.ts: "neither side has yet agreed to attend"), read from the verb: a trigger ending
// in "to" has that word as its outward head, which the parse hangs on the verb after it.
// Requiring a word of making instead (signed, brokered, took effect) also dropped agreements named as the
// ground of what followed ("left the towns as a result of the deal"): CASE 2021 0.814 -> 0.809.
// An unparsed sentence keeps its trigger.
import type { TriggerMention } from "./find-triggers.js";
import {
  childrenWith,
  headOf,
  headTokenOf,
  isNominal,
  type ParseTree,
  uposOf,
  verbTokenOf,
  wordOf,
} from "./parse-tree.js";
import { readIrrealis } from "./read-irrealis.js";

const AGREEMENT = "Agreement";
// "talks" -> "round" -> "suspended": nouns climbed to the verb, as is-quiet-prospect.ts's verbOfNoun.
const MAX_NOUN_HOPS = 3;
// "a proposed deal", "the collapsed truce", "a deal hoped for by both sides".
const MODIFIER_ROLES = ["acl", "amod"];

export function isUnmadeAgreement(tree: ParseTree, mention: TriggerMention, unmadeCues: RegExp): boolean {
  if (mention.subEventType !== AGREEMENT) return false;
  const noun = headTokenOf(tree, mention.span);
  if (noun < 0) return false;
  if (!isNominal(tree, noun)) return isUnmadeByVerb(tree, verbTokenOf(tree, mention.span));
  let token = noun;
  for (let hops = 0; token >= 0 && hops <= MAX_NOUN_HOPS; hops++) {
    if (childrenWith(tree, token, MODIFIER_ROLES).some((m) => unmadeCues.test(wordOf(tree, m)))) return true;
    const head = headOf(tree, token);
    if (head < 0) return false;
    if (unmadeCues.test(wordOf(tree, head))) return true;
    if (!isNominal(tree, head)) return false;
    token = head;
  }
  return false;
}

/** "has not signed", "neither side has agreed to": the verb trigger's own clause says it did not happen. */
function isUnmadeByVerb(tree: ParseTree, verb: number): boolean {
  if (verb < 0 || uposOf(tree, verb) !== "VERB") return false;
  return readIrrealis(tree, { token: verb, governor: -1, anchors: new Map() }) !== null;
}
