// "In Kunduz on Sunday, a bomber detonated his vest at a checkpoint": a place phrase the parse attaches to the
// trigger's predicate (or the verb its event noun hangs under) locates the event wherever it stands in the
// sentence, before the trigger too. Climbing from the place's head must meet a locative preposition
// ("in", "near") and reach the predicate without crossing into another clause ("officials in Kabul said").
// A trailing participle ("repelled an attack on a base in Marte, killing 20") tells the outcome of the clause
// it hangs on, and an event noun that is the cause a verb names ("the building in X was shattered by an
// explosion", "homes in X destroyed in an airstrike") is what that clause is about: that clause's places are
// the event's too. A verb of saying is no such clause ("said in Kabul, adding …" says where someone spoke).
import { isAreaWord } from "../../text/is-places-frame.js";
import { wholeOfPhase } from "./find-phase-partner.js";
import {
  caseOf,
  childrenOf,
  headOf,
  headTokenOf,
  isClausal,
  type ParseTree,
  relationOf,
  wordOf,
} from "./parse-tree.js";
import type { Predicate } from "./read-predicate.js";
import { SPEECH } from "./speech-verbs.js";

const LOCATIVE_CASES = new Set(["in", "near", "inside", "outside", "across", "around", "throughout", "at"]);
/** A place phrase sits a few tokens under its predicate ("in X" → date → verb); deeper is another phrase's. */
const MAX_HOPS = 4;
// "destroyed in an airstrike", "killed by a bomb": the prepositions that make an event noun a verb's cause.
const CAUSE_CASES = new Set(["by", "in"]);
const SAYING = new RegExp(`^(?:${SPEECH.source})$`, "i");
// How a reported clause hangs on its verb of saying: as its complement, or beside it ("…, witnesses said").
const REPORTED = new Set(["ccomp", "parataxis"]);

export function isAttachedPlace(tree: ParseTree, predicate: Predicate, place: { start: number; end: number }) {
  const heads = new Set([
    predicate.token,
    predicate.governor,
    participleHost(tree, predicate.token),
    causeHost(tree, predicate.token),
    conjunctHost(tree, predicate.token),
    // "the attack in the town of X began with a suicide bombing": the attack's place is its phases' place.
    wholeOfPhase(tree, predicate.token),
  ]);
  heads.delete(-1);
  let token = headTokenOf(tree, place);
  if (isFrontedPlaceHead(tree, predicate, token)) return true;
  if (isFrontedBeforeReport(tree, predicate, token)) return true;
  const area = areaNounOf(tree, token);
  if (area >= 0 && isFrontedPlaceHead(tree, predicate, area)) return true;
  let isLocative = false;
  for (let hops = 0; token >= 0 && hops < MAX_HOPS; hops++) {
    isLocative ||= LOCATIVE_CASES.has(caseOf(tree, token) ?? "");
    const head = headOf(tree, token);
    if (heads.has(head)) return isLocative && !isClausal(relationOf(tree, token));
    if (isClausal(relationOf(tree, token))) return false;
    token = head;
  }
  return false;
}

/**
 * "Separately, in the capital X, about 300 people marched": a parser trained on plain sentences may read a
 * fronted place phrase and its comma as the sentence's head and hang the clause under the comma. A place
 * phrase that governs the predicate in a few hops and opens with a locative preposition (its own, or that of
 * the role noun it names, "in the capital X", which such a parse hangs under the name) sets the clause's scene.
 */
function isFrontedPlaceHead(tree: ParseTree, predicate: Predicate, place: number): boolean {
  if (place < 0 || place >= predicate.token || !isLocativePhrase(tree, place)) return false;
  let token = predicate.token;
  for (let hops = 0; token >= 0 && hops < MAX_HOPS; hops++) {
    token = headOf(tree, token);
    if (token === place) return true;
  }
  return false;
}

/**
 * "In X, police fired tear gas at …, witnesses said": with the verb of saying at the sentence's end, a parse
 * hangs the fronted place phrase on it, but the speaker's place never stands before what is reported: the
 * phrase sets the scene of the reported clause. Only a phrase before the predicate, whose own head is that
 * verb of saying, and only when the verb comes after the predicate and governs its clause.
 */
function isFrontedBeforeReport(tree: ParseTree, predicate: Predicate, place: number): boolean {
  const clause = predicate.governor >= 0 ? predicate.governor : predicate.token;
  if (place < 0 || clause < 0 || place >= Math.min(predicate.token, clause)) return false;
  const report = headOf(tree, clause);
  if (report <= predicate.token || !REPORTED.has(relationOf(tree, clause))) return false;
  if (!SAYING.test(wordOf(tree, report))) return false;
  const phrase = climbTo(tree, place, report);
  return phrase >= 0 && relationOf(tree, phrase) === "obl" && isLocativePhrase(tree, phrase);
}

/** The token under `top` on the way up from `token` (itself when its head is `top`), or -1 past MAX_HOPS. */
function climbTo(tree: ParseTree, token: number, top: number): number {
  for (let hops = 0; token >= 0 && hops < MAX_HOPS; hops++) {
    const head = headOf(tree, token);
    if (head === top) return token;
    if (isClausal(relationOf(tree, token))) return -1;
    token = head;
  }
  return -1;
}

/**
 * "in the southern port city of X": the name hangs under the kind of place it is ("city" → "of X"), and the
 * phrase that sets the scene is that noun's, so a fronted phrase is read from the noun. -1 when the name
 * is no such "of" complement.
 */
export function areaNounOf(tree: ParseTree, place: number): number {
  if (place < 0 || caseOf(tree, place) !== "of") return -1;
  const head = headOf(tree, place);
  return head >= 0 && head < place && isAreaWord(wordOf(tree, head)) ? head : -1;
}

function isLocativePhrase(tree: ParseTree, place: number): boolean {
  if (LOCATIVE_CASES.has(caseOf(tree, place) ?? "")) return true;
  return childrenOf(tree, place).some((c) => c < place && LOCATIVE_CASES.has(caseOf(tree, c) ?? ""));
}

/** The verb an event noun is the cause of ("shattered by an explosion", "destroyed in an airstrike"), or -1. */
function causeHost(tree: ParseTree, token: number): number {
  if (token < 0) return -1;
  const relation = relationOf(tree, token);
  const isCause = relation === "obl:agent" || (relation === "obl" && CAUSE_CASES.has(caseOf(tree, token) ?? ""));
  const host = headOf(tree, token);
  return isCause && host >= 0 && !SAYING.test(wordOf(tree, host)) ? host : -1;
}

/**
 * "Gunmen attacked a church in X on Sunday and killed two worshippers": a verb conjoined to another with no
 * subject of its own tells the next act of the same actors in the same scene, so the first verb's place
 * phrase is its place too. -1 when the verb is no such conjunct.
 */
function conjunctHost(tree: ParseTree, token: number): number {
  if (token < 0 || relationOf(tree, token) !== "conj") return -1;
  if (childrenOf(tree, token).some((c) => relationOf(tree, c).startsWith("nsubj"))) return -1;
  const host = headOf(tree, token);
  return host >= 0 && host < token && !SAYING.test(wordOf(tree, host)) ? host : -1;
}

/**
 * The verb a trailing participial clause ("…, killing 20") hangs on, or -1. "Gunmen attacked X, residents
 * said, killing 20": a participle the parse hangs on a speaker's verb set after the clause it reports tells
 * that clause's outcome, not the saying's.
 */
export function participleHost(tree: ParseTree, token: number): number {
  if (token < 0 || relationOf(tree, token) !== "advcl" || !wordOf(tree, token).endsWith("ing")) return -1;
  const host = headOf(tree, token);
  if (host < 0 || host > token) return -1;
  if (!SAYING.test(wordOf(tree, host))) return host;
  return childrenOf(tree, host).find((c) => c < host && relationOf(tree, c) === "ccomp") ?? -1;
}
