// "Police blamed al-Shabaab for the attack", "officials accused the RSF of the bombing", "the army said
// fighters of the ADF carried out the raid", "officials said the Islamic State was behind it": a third
// party names who carried out an attack. Read from the parse: the object of a verb of blaming whose "for"
// or "of" phrase is an attack word, or the subject of a claim cue under someone else's verb of saying (the
// speaker's own force is a claim, find-speaker-claims.ts). ACLED codes the actor its sources identify, so
// an attribution the report does not dispute names actor 1; attribute-claimed-attacks.ts drops one that
// the group named denies (lexicon/actors/responsibility-claims.tsv says why).
import { type Doc, spansOf } from "../../doc.js";
import type { EventLexicons } from "./event-lexicons.js";
import { isAttackWord, type ResponsibilityClaim } from "./find-claimed-perpetrator.js";
import { attackOf } from "./find-speaker-claims.js";
import {
  caseOf,
  childrenWith,
  headOf,
  type ParseTree,
  readParseTree,
  relationOf,
  uposOf,
  wordOf,
} from "./parse-tree.js";
import { isSpeakersOwn } from "./read-reporting-subject.js";
import { isSpeechVerb } from "./saying-verb-of.js";

// "blamed X for the attack", "accused X of the bombing": where the deed follows the accused.
const DEED_CASES = new Set(["for", "of"]);

export function findBlamedPerpetrators(doc: Doc, lexicons: EventLexicons): ResponsibilityClaim[] {
  const tree = readParseTree(doc);
  const found: ResponsibilityClaim[] = [];
  tree.tokens.forEach((_, verb) => {
    const blamed = lexicons.responsibilityClaims.blameVerbs.has(wordOf(tree, verb))
      ? blamedBy(tree, verb, lexicons)
      : isSpeechVerb(tree, verb)
        ? namedBy(tree, verb, lexicons)
        : null;
    if (!blamed) return;
    const claimant = groupNamedIn(doc, tree, blamed.group);
    const attack = tree.tokens[blamed.attack];
    const named = isAttackWord(tree, blamed.attack, lexicons) ? { attack } : {};
    found.push({ at: attack.start, claimant, isDenied: false, isAttribution: true, ...named });
  });
  return found;
}

/** "blamed X for the attack": the object, when the verb or the object has an attack word after "for" / "of". */
function blamedBy(tree: ParseTree, verb: number, lexicons: EventLexicons): Blamed | null {
  const [accused] = childrenWith(tree, verb, ["obj"]);
  if (accused === undefined || uposOf(tree, accused) === "PRON") return null;
  const attack = [verb, accused]
    .flatMap((h) => childrenWith(tree, h, ["obl", "nmod"]))
    .find((c) => DEED_CASES.has(caseOf(tree, c) ?? "") && isAttackWord(tree, c, lexicons));
  if (attack !== undefined) return { group: accused, attack };
  // "..., medics said, blaming the RSF": a participle of blaming under the verb of saying blames the
  // speaker's subject, the attack the sentence reports; its own position stands for it.
  const head = headOf(tree, verb);
  const isSpeakersBlame = /^(?:advcl|xcomp|ccomp)/.test(relationOf(tree, verb)) && isSpeechVerb(tree, head);
  return isSpeakersBlame ? { group: accused, attack: verb } : null;
}

/** "officials said X was behind the attack": a claim cue's subject that is not the speaker's own force. */
function namedBy(tree: ParseTree, verb: number, lexicons: EventLexicons): Blamed | null {
  for (const clause of childrenWith(tree, verb, ["ccomp"])) {
    const [subject] = childrenWith(tree, clause, ["nsubj"]);
    if (subject === undefined || uposOf(tree, subject) === "PRON" || isSpeakersOwn(tree, subject)) continue;
    const attack = attackOf(tree, clause, lexicons);
    if (attack >= 0) return { group: subject, attack };
  }
  return null;
}

type Blamed = { group: number; attack: number };

/** "fighters of the Allied Democratic Forces": the named group a member noun belongs to is the one named. */
function groupNamedIn(doc: Doc, tree: ParseTree, noun: number): number {
  const groups = spansOf(doc, "entities").filter((e) => e.label === "ACTOR" || e.label === "ORG");
  const isNamed = (t: number) => groups.some((g) => g.start <= tree.tokens[t].start && tree.tokens[t].end <= g.end);
  if (isNamed(noun)) return noun;
  const owner = childrenWith(tree, noun, ["nmod"]).find((c) => caseOf(tree, c) === "of" && isNamed(c));
  return owner ?? noun;
}
