// Whether a predicate tells of something that happened, read from its clause: an auxiliary of the future
// or of a condition ("will march", "would have killed"), a negation ("did not attack", "no strikes",
// "nobody attacked"), a verb of intention above it ("plan to march", "called for a protest", "threatened
// strikes"), an "if" clause, a habit ("used to raid", "often raids", "similar raids"), or a total over a
// period ("killed since 2014", "over eight years"),
// which is a tally, not one incident. The words are closed classes of English grammar (modals, negators,
// subordinators) and the few verbs and adjectives of intent; they are data, kept here with their reasons.

import { isOnRepeatedOccasions } from "./is-repeated-occasions.js";
import {
  caseOf,
  childrenOf,
  childrenWith,
  headOf,
  isPresentPerfect,
  type ParseTree,
  relationOf,
  uposOf,
  wordOf,
} from "./parse-tree.js";
import {
  hasPerfectRunningPeriod,
  hasPerfectSince,
  isAfterSuperlative,
  isPeriodSubstance,
  sharedSubjectConjuncts,
} from "./read-period-total.js";
import type { Predicate } from "./read-predicate.js";

export type Irrealis =
  | "future"
  | "conditional"
  | "negated"
  | "planned"
  | "habitual"
  | "total"
  | "modifier"
  | "prospective"
  | "striving";

// "may have been killed" still reports a death; "would have" / "should have" say it did not happen.
const FUTURE_MODALS = new Set([
  "will",
  "'ll",
  "wo",
  "shall",
  "would",
  "could",
  "should",
  "might",
  "may",
  "can",
  "must",
]);
const PAST_POSSIBLE = new Set(["may", "might", "could", "must"]);
const NEGATORS = new Set(["not", "n't", "never", "no"]);
// "nobody was arrested", "none of the rebels attacked": a subject that is itself a negative quantifier.
const NEGATIVE_SUBJECTS = new Set(["nobody", "none", "noone", "nothing"]);
// "no group attacked", "neither side fired": a determiner that denies its noun, so the clause of which it is
// the subject; "neither the army nor the rebels attacked": the correlative on the subject or the verb.
const NEGATIVE_DETERMINERS = new Set(["no", "neither"]);
const CONDITIONS = new Set(["if", "unless", "whether", "lest"]);
// A verb whose complement or object is an intended or feared event, not one that took place.
const INTENT_VERBS =
  /^(?:plan(?:s|ned|ning)?|threaten(?:s|ed|ing)?|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|intend(?:s|ed|ing)?|schedul(?:e|es|ed|ing))$/;
// "plan to keep fighting" is two open complements up from "fighting"; more is rare and often another clause.
const MAX_XCOMP_HOPS = 3;
const INTENT_ADJECTIVES = /^(?:planned|proposed|upcoming|scheduled|intended)$/;
// "have carried out similar bombings", "such attacks", "every protest is treated as", "any march that could
// turn violent": events of a kind, not one of them. Not "each", which shares out real incidents ("each attack
// killed two"): it cost event-records tune F1 0.002.
const KIND_MODIFIERS = /^(?:similar|such|comparable|every|any)$/;
// "fighting to overthrow the government", "battling to reach the villages": a verb of combat whose open
// complement is a to-infinitive means striving for that end, a campaign or an effort, not one clash.
const STRIVING_VERBS = /^(?:fight(?:s|ing)?|fought|battl(?:e|es|ed|ing)|struggl(?:e|es|ed|ing))$/;
// "frequently attacks villages": a habit. Not "repeatedly", which also tells one day's series of blows.
const FREQUENCY_ADVERBS =
  /^(?:often|frequently|regularly|routinely|usually|typically|sometimes|occasionally|commonly|habitually|generally)$/;
// "frequent bombings", "regular raids": the adjectives of the adverbs above on an event noun name a habit too.
// Read only under a perfect (isFrequentKind), where "repeated" and "constant" do as well ("has been hit by
// repeated clashes"); in the past tense they may tell one day's series ("came under constant shelling on Tuesday").
const FREQUENCY_ADJECTIVES =
  /^(?:frequent|regular|routine|occasional|periodic|recurrent|recurring|habitual|repeated|constant|persistent)$/;
// Verbs of a changing rate ("intensified attacks"), and those that need "up" ("stepped up attacks"): past
// participles, as isTrend reads them under a perfect.
const RATE_VERBS = /^(?:intensified|escalated|increased|redoubled)$/;
const RATE_UP_VERBS = /^(?:stepped|ramped|scaled)$/;
// Units of a period long enough that what happened in it is a total of many incidents.
const PERIODS = /^(?:years?|months?|decades?|weeks?)$/;
const PERIOD_MARKERS = new Set(["since", "over", "during", "throughout", "in", "for", "within"]);
// "the past week", "recent months", "eight years": a stretch of time, not one day of it.
const PERIOD_SPANS = new Set(["past", "last", "recent", "previous", "several", "many"]);
// "for months", "over years": markers of how long, not of when ("in months" may mean "after months").
const DURATION_MARKERS = new Set(["for", "over", "during", "throughout"]);

export function readIrrealis(tree: ParseTree, predicate: Predicate): Irrealis | null {
  const clause = clauseHeads(tree, predicate);
  for (const head of clause) {
    const found = readClauseIrrealis(tree, head);
    if (found) return found;
  }
  if (hasIntentModifier(tree, predicate.token)) return "planned";
  if (isKindReference(tree, predicate.token) || isFrequentKind(tree, predicate) || isTrend(tree, predicate))
    return "habitual";
  if (clause.some((head) => isOnRepeatedOccasions(tree, head))) return "habitual";
  if (isStriving(tree, predicate.token)) return "striving";
  if (clause.some((head) => isUnderIntent(tree, head))) return "planned";
  if (clause.some((head) => hasPeriod(tree, head))) return "total";
  if (isLooseTotal(tree, predicate.token, clause)) return "total";
  if (isUnderDeniedSubject(tree, clause[clause.length - 1])) return "negated";
  if (isUnderProspect(tree, clause[clause.length - 1])) return "prospective";
  // "their offensive play": an adjective modifying another noun names no event of its own.
  return uposOf(tree, predicate.token) === "ADJ" && relationOf(tree, predicate.token) === "amod" ? "modifier" : null;
}

/** The trigger, the verb it is an argument of, and the verb a shared-subject conjunct hangs on. */
function clauseHeads(tree: ParseTree, predicate: Predicate): number[] {
  const heads = [predicate.token];
  if (predicate.governor >= 0) heads.push(predicate.governor);
  const last = heads[heads.length - 1];
  if (relationOf(tree, last) === "conj" && headOf(tree, last) >= 0) heads.push(headOf(tree, last));
  return heads;
}

/** What one clause head's own auxiliaries, negators and marks say (is-quiet-prospect.ts reads a noun's verb). */
export function readClauseIrrealis(tree: ParseTree, head: number): Irrealis | null {
  const children = childrenOf(tree, head);
  const words = children.map((c) => wordOf(tree, c));
  const auxiliaries = children.filter((c) => relationOf(tree, c) === "aux").map((c) => wordOf(tree, c));
  const modal = auxiliaries.find((w) => FUTURE_MODALS.has(w));
  if (modal && !(PAST_POSSIBLE.has(modal) && auxiliaries.includes("have")))
    return modal === "would" || modal === "should" ? "conditional" : "future";
  if (children.some((c) => isNegator(tree, c) || isNegativeSubject(tree, c))) return "negated";
  // "left without firing a shot", "surrendered without a fight": the clause or noun "without" marks is denied.
  if (children.some((c) => /^(?:mark|case)$/.test(relationOf(tree, c)) && wordOf(tree, c) === "without"))
    return "negated";
  if (
    relationOf(tree, head).startsWith("advcl") &&
    children.some((c) => relationOf(tree, c) === "mark" && CONDITIONS.has(wordOf(tree, c)))
  )
    return "conditional";
  if (children.some((c) => relationOf(tree, c) === "advmod" && FREQUENCY_ADVERBS.test(wordOf(tree, c))))
    return "habitual";
  // "used to raid the villages": the habit, not a raid.
  if (relationOf(tree, head) === "xcomp" && wordOf(tree, headOf(tree, head)) === "used" && words.includes("to"))
    return "habitual";
  return null;
}

/** "nobody attacked", "no group attacked", "neither the army nor the rebels attacked". */
function isNegativeSubject(tree: ParseTree, token: number): boolean {
  const relation = relationOf(tree, token);
  if (relation === "cc:preconj") return wordOf(tree, token) === "neither";
  if (!relation.startsWith("nsubj")) return false;
  if (NEGATIVE_SUBJECTS.has(wordOf(tree, token))) return true;
  return childrenWith(tree, token, ["det", "cc:preconj"]).some((c) => NEGATIVE_DETERMINERS.has(wordOf(tree, c)));
}

/** "did not attack", "no strikes"; not "not only the bombing". */
function isNegator(tree: ParseTree, token: number): boolean {
  if (!/^(?:advmod|det|neg)$/.test(relationOf(tree, token)) || !NEGATORS.has(wordOf(tree, token))) return false;
  return token + 1 >= tree.tokens.length || !/^(?:only|just|merely)$/.test(wordOf(tree, token + 1));
}

/**
 * "nobody dared to kidnap", "neither side tried to attack": a verb whose subject denies every agent, above the
 * trigger's clause as its open complement (xcomp), denies the act. Not a plain "not" above it ("are not going
 * to let them massacre", "did not hesitate to attack"): it denies the governing verb's own sense, and RAMS
 * marks such acts as events (rams check 0.097 -> 0.090 when it was climbed too).
 */
function isUnderDeniedSubject(tree: ParseTree, head: number): boolean {
  let clause = head;
  for (let hops = 0; hops < MAX_XCOMP_HOPS && relationOf(tree, clause) === "xcomp"; hops++) {
    clause = headOf(tree, clause);
    if (clause < 0) return false;
    if (childrenOf(tree, clause).some((c) => isNegativeSubject(tree, c))) return true;
  }
  return false;
}

/**
 * "vowed to continue shelling", "could be ordered to resume shelling", "would let them keep raiding": a
 * modal or a verb of intent on a verb the trigger's clause is the open complement (xcomp) of. A clause
 * of its own (ccomp: "said militants attacked") keeps its own tense and is not climbed.
 */
function isUnderProspect(tree: ParseTree, head: number): boolean {
  let clause = head;
  for (let hops = 0; hops < MAX_XCOMP_HOPS && relationOf(tree, clause) === "xcomp"; hops++) {
    clause = headOf(tree, clause);
    if (clause < 0) return false;
    const found = readClauseIrrealis(tree, clause);
    if (found === "future" || found === "conditional") return true;
    if (uposOf(tree, clause) === "VERB" && INTENT_VERBS.test(wordOf(tree, clause))) return true;
    // "would seize the bridge and let them keep shelling": the modal sits on the first conjunct.
    const first = relationOf(tree, clause) === "conj" ? headOf(tree, clause) : -1;
    const before = first >= 0 ? readClauseIrrealis(tree, first) : null;
    if (before === "future" || before === "conditional") return true;
  }
  return false;
}

/** "fighting to overthrow", "battled to reach": the combat verb with a to-infinitive open complement. */
function isStriving(tree: ParseTree, token: number): boolean {
  if (uposOf(tree, token) !== "VERB" || !STRIVING_VERBS.test(wordOf(tree, token))) return false;
  return childrenWith(tree, token, ["xcomp", "advcl"]).some((c) => c > token && hasMark(tree, c, "to"));
}

/** The totals whose period the parse hangs away from the clause head (read-period-total.ts). */
function isLooseTotal(tree: ParseTree, token: number, clause: number[]): boolean {
  if (isPeriodSubstance(tree, token)) return true;
  return clause.some(
    (head) =>
      hasPerfectSince(tree, head) ||
      hasPerfectRunningPeriod(tree, head) ||
      sharedSubjectConjuncts(tree, head).some((c) => hasPeriod(tree, c)),
  );
}

/** "similar bombings", "such attacks", "similar bombings and shootings" (the modifier on the first conjunct). */
function isKindReference(tree: ParseTree, token: number): boolean {
  const noun = relationOf(tree, token) === "conj" && headOf(tree, token) >= 0 ? headOf(tree, token) : token;
  return [token, noun].some((t) =>
    childrenWith(tree, t, ["amod", "det"]).some((c) => KIND_MODIFIERS.test(wordOf(tree, c))),
  );
}

/**
 * "has carried out frequent bombings", "have staged regular raids": a perfect of many acts of a kind sums up a
 * habit. Only under a perfect: "frequent" on a noun the past tense tells of may still date one incident.
 */
function isFrequentKind(tree: ParseTree, predicate: Predicate): boolean {
  const { token } = predicate;
  // "has been hit by repeated clashes": the agent phrase's verb, which the predicate reader leaves as no governor.
  const verb = predicate.governor >= 0 ? predicate.governor : headOf(tree, token);
  if (verb < 0 || uposOf(tree, verb) !== "VERB" || !/^(?:NOUN|PROPN)$/.test(uposOf(tree, token))) return false;
  return (
    isPresentPerfect(tree, verb) &&
    childrenWith(tree, token, ["amod"]).some((c) => FREQUENCY_ADJECTIVES.test(wordOf(tree, c)))
  );
}

/**
 * "Militants have stepped up attacks on the army since November", "has intensified its raids": a perfect of a
 * verb of rate whose object is an event noun tells a trend over weeks, not one incident.
 */
function isTrend(tree: ParseTree, predicate: Predicate): boolean {
  const { token } = predicate;
  const verb = headOf(tree, token);
  if (verb < 0 || relationOf(tree, token) !== "obj" || !/^(?:NOUN|PROPN)$/.test(uposOf(tree, token))) return false;
  const word = wordOf(tree, verb);
  const isUp = childrenWith(tree, verb, ["compound:prt"]).some((c) => wordOf(tree, c) === "up");
  const isRate = RATE_VERBS.test(word) || (isUp && RATE_UP_VERBS.test(word));
  return isRate && isPresentPerfect(tree, verb);
}

/** "a planned march", "possible strikes". */
function hasIntentModifier(tree: ParseTree, token: number): boolean {
  return childrenWith(tree, token, ["amod"]).some((c) => INTENT_ADJECTIVES.test(wordOf(tree, c)));
}

/** "plan to march", "called for a protest", "threatened strikes", "is going to attack", "its plans to send troops". */
function isUnderIntent(tree: ParseTree, head: number): boolean {
  const parent = headOf(tree, head);
  if (parent < 0 || !INTENT_VERBS.test(wordOf(tree, parent))) return false;
  // The noun of the same intent takes its act as a to-infinitive clause ("the government plans to send",
  // where the parser reads "government plans" as a noun phrase).
  if (uposOf(tree, parent) === "NOUN") return relationOf(tree, head) === "acl" && hasMark(tree, head, "to");
  if (uposOf(tree, parent) !== "VERB") return false;
  // "called for a protest", not "called in artillery fire". An intent verb's "to" phrase is the act intended,
  // also where the tagger read the infinitive's "to" as a preposition and its verb as a noun ("plan to march").
  const relation = relationOf(tree, head).split(":")[0];
  if (/^(?:xcomp|obj|ccomp)$/.test(relation)) return true;
  const marker = relation === "obl" ? caseOf(tree, head) : null;
  return marker === "for" || marker === "to";
}

function hasMark(tree: ParseTree, head: number, word: string): boolean {
  return childrenWith(tree, head, ["mark"]).some((c) => wordOf(tree, c) === word);
}

/**
 * "killed since 2014", "over eight years", "in the past week", "so far this year": a total, not one
 * incident. Only a period phrase attached to the predicate's own clause counts: in "talks stalled for
 * months before troops shelled the port", the months are the talks'. A duration the parse hangs on the
 * clause's object ("had shelled the port of X for months") is still the clause's: a port or a town lasts no
 * months of its own; only the markers of how long count there ("the attack in the last week of June" dates it).
 */
function hasPeriod(tree: ParseTree, head: number): boolean {
  return childrenOf(tree, head).some(
    (c) =>
      isPeriodPhrase(tree, head, c, PERIOD_MARKERS) ||
      (relationOf(tree, c) === "obj" &&
        childrenOf(tree, c).some(
          (g) => relationOf(tree, g).startsWith("nmod") && isPeriodPhrase(tree, head, g, DURATION_MARKERS),
        )),
  );
}

/** `phrase`, a dependent of the clause `head` (or of its object), is a stretch of time after one of `markers`. */
function isPeriodPhrase(tree: ParseTree, head: number, phrase: number, markers: ReadonlySet<string>): boolean {
  const relation = relationOf(tree, phrase).split(":")[0];
  if (!/^(?:obl|obj|nmod|advmod)$/.test(relation)) return false;
  const marker = caseOf(tree, phrase) ?? wordBefore(tree, phrase);
  if (marker === "since" && relation === "obl") return !isAfterSuperlative(tree, sinceOf(tree, phrase));
  if (!PERIODS.test(wordOf(tree, phrase))) return false;
  const modifiers = childrenOf(tree, phrase);
  const isCounted = modifiers.some(
    (g) => (relationOf(tree, g) === "nummod" && wordOf(tree, g) !== "one") || PERIOD_SPANS.has(wordOf(tree, g)),
  );
  // "so far this year": the running total of the year.
  const isSoFar = modifiers.some((g) => wordOf(tree, g) === "this") && hasSoFar(tree, head);
  // "for months", "over years": a bare plural period after a marker of duration is a stretch too.
  const isBareStretch =
    modifiers.every((g) => relationOf(tree, g) === "case") &&
    wordOf(tree, phrase).endsWith("s") &&
    marker !== null &&
    DURATION_MARKERS.has(marker);
  // "last week" alone is a date; "in the last week" a stretch of time.
  return (isCounted && marker !== null && markers.has(marker)) || isSoFar || isBareStretch;
}

/** "over six years" parsed with "over" as a modifier of the numeral: the phrase's first word, or the one before. */
function wordBefore(tree: ParseTree, phrase: number): string | null {
  let first = phrase;
  for (let next = childrenOf(tree, first)[0]; next !== undefined && next < first; next = childrenOf(tree, first)[0])
    first = next;
  if (PERIOD_MARKERS.has(wordOf(tree, first))) return wordOf(tree, first);
  return first > 0 && PERIOD_MARKERS.has(wordOf(tree, first - 1)) ? wordOf(tree, first - 1) : null;
}

/** The "since" of a phrase that "since" marks: its case child, or the word before it. */
function sinceOf(tree: ParseTree, phrase: number): number {
  return childrenOf(tree, phrase).find((c) => wordOf(tree, c) === "since") ?? phrase - 1;
}

function hasSoFar(tree: ParseTree, head: number): boolean {
  return childrenOf(tree, head).some(
    (c) => wordOf(tree, c) === "far" && childrenOf(tree, c).some((g) => wordOf(tree, g) === "so"),
  );
}
