// A mention that points back at an incident the report already told, read from the parse. Three shapes:
//  - the incident as the thing someone claims, denies, blames or condemns: "No group claimed the attack
//    on the patrol", "nobody has claimed to have carried out the shooting". The claim (negated or not)
//    is no event, and its object is the incident told before, not a second one.
//  - a further act of the same people, told with "also" or a subject that points back ("the attackers",
//    "they"), with no day or place of its own: "The attackers also set fire to houses". ACLED codes one
//    event per incident; the arson is part of the attack unless the text puts it elsewhere or later.
//  - a generic word told again of "the attack": "Twelve people were killed in the attack, police said".
//    Its toll is the incident's, not a new record's.
// The words are closed classes (pronouns, determiners) and a few verbs of claiming and judging, kept
// here with their reasons, as read-irrealis does.
import { type Doc, type Span, spansOf } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import {
  caseOf,
  childrenWith,
  headOf,
  headTokenOf,
  isClausal,
  type ParseTree,
  relationOf,
  uposOf,
  wordOf,
} from "./parse-tree.js";
import { misreadVerbIn } from "./read-misparsed-verb.js";
import { sayingVerbOf } from "./saying-verb-of.js";

// Verbs whose object is an incident someone speaks about, not one the sentence tells happening.
const REFERRING_VERBS =
  /^(?:claim(?:s|ed|ing)?|den(?:y|ies|ied|ying)|blam(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|disown(?:s|ed|ing)?)$/;
// "claimed responsibility for the attack", "took credit for the bombing".
const RESPONSIBILITY_NOUNS = /^(?:responsibility|credit)$/;
const RESPONSIBILITY_VERBS =
  /^(?:claim(?:s|ed|ing)?|den(?:y|ies|ied|ying)|t(?:ake|akes|ook|aking)|accept(?:s|ed|ing)?)$/;
// Relations climbed from the trigger to the verb it is the thing of: its object, a "for" phrase, the
// open complement it sits in ("claimed to have carried out the shooting"). A clause of its own (ccomp:
// "said that militants attacked") tells its own event and is not climbed.
const ARGUMENT_RELATIONS = /^(?:obj|nmod|obl|xcomp|nsubj:pass)$/;
// "claimed to have carried out the shooting" is two steps up from "shooting"; more leaves the phrase.
const MAX_HOPS = 3;
// Subjects that point back at the actors already named: a pronoun, or "the/these attackers".
const POINTING_DETERMINERS = /^(?:the|these|those|this|that)$/;
const POINTING_PRONOUNS = /^(?:they|he|she|it|them)$/;
// "also", "too": more of the same act. Not "later" or "then": another time may be another incident.
const ADDITIVE_ADVERBS = /^(?:also|too)$/;
// Where someone went or came from, not where something happened ("to" also marks "set fire to houses").
const DIRECTIONS = /^(?:toward|towards|into|from|across)$/;
// Place words where nothing happened (places stage): "Malian soldiers", a place inside a person's name.
const NOT_SETTINGS = new Set(["ADJECTIVAL", "IN_NAME"]);
// "set fire to houses before fleeing": what they did next, and where, after the act itself.
const NEXT_ACT_MARKERS = /^(?:before)$/;
const OTHER_TIME_ADVERBS = /^(?:later|then|afterwards|subsequently|earlier|previously|next)$/;
// How a phrasal trigger's closing preposition hangs on the noun after it ("set fire to houses").
const CLOSING_RELATIONS = new Set(["case", "mark"]);
// Nouns that name an incident as a whole: "killed in the attack" points at one already told.
export const INCIDENT_NOUNS =
  /^(?:attack|strike|airstrike|blast|explosion|assault|raid|bombing|shelling|ambush|clash|fighting|incident|violence)$/;

/** The trigger is the incident a claim, denial or judgement is about. */
export function isClaimedIncident(tree: ParseTree, mention: TriggerMention): boolean {
  let token = headTokenOf(tree, mention.span);
  for (let hops = 0; token >= 0 && hops < MAX_HOPS; hops++) {
    if (!ARGUMENT_RELATIONS.test(relationOf(tree, token))) return false;
    token = headOf(tree, token);
    if (token < 0) return false;
    const word = wordOf(tree, token);
    if (uposOf(tree, token) === "VERB" && REFERRING_VERBS.test(word)) return true;
    if (RESPONSIBILITY_NOUNS.test(word)) return hasReferringVerb(tree, token);
  }
  return false;
}

/** "claimed responsibility for", "took credit for", "denied responsibility for". */
function hasReferringVerb(tree: ParseTree, noun: number): boolean {
  const verb = headOf(tree, noun);
  return verb >= 0 && RESPONSIBILITY_VERBS.test(wordOf(tree, verb));
}

/**
 * "The attackers also set fire to houses": a verb whose subject points back or that says "also", in a
 * sentence that names no day and no place of its own.
 */
export function isFurtherAct(doc: Doc, tree: ParseTree, mention: TriggerMention): boolean {
  return !hasOwnSetting(doc, tree, mention) && isToldAsFurtherAct(tree, mention);
}

/** The words of a further act ("the attackers", "they", "also"), wherever and whenever the sentence puts it. */
export function isToldAsFurtherAct(tree: ParseTree, mention: TriggerMention): boolean {
  // "say the militants seized weapons" read as a noun phrase: the clause the parse lost (read-misparsed-verb.ts).
  const misread = misreadVerbIn(tree, mention.span);
  const verb = misread?.verb ?? verbOf(tree, mention.span);
  if (verb < 0 || uposOf(tree, verb) !== "VERB") return false;
  const verbs = sharingVerbs(tree, verb);
  const adverbs = verbs.flatMap((v) => childrenWith(tree, v, ["advmod"])).map((c) => wordOf(tree, c));
  if (adverbs.some((w) => OTHER_TIME_ADVERBS.test(w))) return false;
  const subjects = verbs.flatMap((v) => childrenWith(tree, v, ["nsubj"]));
  if (misread) subjects.push(misread.subject);
  return adverbs.some((w) => ADDITIVE_ADVERBS.test(w)) || subjects.some((s) => isPointingSubject(tree, s));
}

/**
 * "The attackers also stole cattle and looted shops": UD hangs the subject and the adverbs two verbs
 * share on the first, so "looted" is read with those of "stole". A conjunct with a subject of its own
 * ("... and residents fled") is a clause of its own and shares nothing.
 */
function sharingVerbs(tree: ParseTree, verb: number): number[] {
  const verbs = [verb];
  for (let v = verb; relationOf(tree, v) === "conj" && childrenWith(tree, v, ["nsubj"]).length === 0; ) {
    v = headOf(tree, v);
    if (v < 0 || uposOf(tree, v) !== "VERB") break;
    verbs.push(v);
  }
  return verbs;
}

/**
 * "Twelve people were killed in the attack, police said": a generic word whose clause points at "the
 * attack" (or that is "the attack" itself), with no day or place of its own, tells the toll of the
 * incident already told. Its type was only guessed from its target, so it never starts another.
 */
export function isToldAgain(doc: Doc, tree: ParseTree, mention: TriggerMention): boolean {
  const token = verbOf(tree, mention.span);
  if (!mention.span.data?.generic || token < 0 || hasOwnSetting(doc, tree, mention)) return false;
  const nouns = uposOf(tree, token) === "VERB" ? childrenWith(tree, token, ["obl"]) : [token];
  return nouns.some((n) => INCIDENT_NOUNS.test(wordOf(tree, n)) && isDefinite(tree, n));
}

export function isDefinite(tree: ParseTree, noun: number): boolean {
  return childrenWith(tree, noun, ["det"]).some((d) => POINTING_DETERMINERS.test(wordOf(tree, d)));
}

/** "they", "the attackers", and "the blast" (destroyed several buildings): the incident's own doers. */
export function isPointingSubject(tree: ParseTree, subject: number): boolean {
  if (POINTING_PRONOUNS.test(wordOf(tree, subject))) return true;
  if (INCIDENT_NOUNS.test(wordOf(tree, subject)) && isDefinite(tree, subject)) return true;
  // "the gunmen", "the tribesmen": the doers' plural in "-men" has no "-s".
  const word = wordOf(tree, subject);
  const isPlural = word.endsWith("s") || word.endsWith("men");
  return isPlural && isDefinite(tree, subject);
}

/**
 * A day or place of the act's own. A place someone went to or came from ("crossed into Niger", "fleeing
 * toward the border") or reached in what they did next ("before fleeing ... with Niger") is no setting of
 * the act. Unparsed, every day or place of the sentence counts.
 */
export function hasOwnSetting(doc: Doc, tree: ParseTree, mention: TriggerMention): boolean {
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  const inside = (s: Span) => s.start >= sentence.start && s.end <= sentence.end;
  const isSetting = (s: Span) =>
    inside(s) &&
    !NOT_SETTINGS.has(s.label) &&
    !isWhereTheyWent(tree, headTokenOf(tree, s)) &&
    sayingVerbOf(tree, headTokenOf(tree, s)) < 0;
  return spansOf(doc, "dates").some(inside) || spansOf(doc, "places").some(isSetting);
}

function isWhereTheyWent(tree: ParseTree, token: number): boolean {
  let t = token;
  for (; t >= 0 && uposOf(tree, t) !== "VERB"; t = headOf(tree, t)) {
    if (DIRECTIONS.test(caseOf(tree, t) ?? "")) return true;
    if (isClausal(relationOf(tree, t))) return false;
  }
  const isNextAct = t >= 0 && relationOf(tree, t) === "advcl";
  return isNextAct && childrenWith(tree, t, ["mark"]).some((m) => NEXT_ACT_MARKERS.test(wordOf(tree, m)));
}

/**
 * "set fire to": the span's verb, not the preposition that closes it (its head is outside the span too).
 * The parser hangs that "to" as a case marker or, before a bare plural ("set fire to dozens"), as a mark.
 */
export function verbOf(tree: ParseTree, span: { start: number; end: number }): number {
  const head = headTokenOf(tree, span);
  if (head < 0 || !CLOSING_RELATIONS.has(relationOf(tree, head))) return head;
  for (let i = head - 1; i >= 0 && tree.tokens[i].start >= span.start; i--) if (uposOf(tree, i) === "VERB") return i;
  return head;
}
