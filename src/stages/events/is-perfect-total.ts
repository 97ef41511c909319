// "The war has killed tens of thousands of people", "Thousands have died in the insurgency": a perfect tense
// with a vague count of victims over a conflict (lexicon/events/period-nouns.txt) sums up that conflict: a
// total, a tally claim (find-tallies.ts), not an incident, whatever date stands near it. Read from the parse
// and the words' forms: the perfect auxiliary, a count noun without a numeral ("thousands", not "three
// thousand") or a stated count of a war's scale ("40,000 people"), and the conflict as the subject, in a
// phrase on the verb, or the noun a relative clause on the verb describes ("a conflict in which thousands
// have been killed").
import { spansOf } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import { caseOf, childrenOf, childrenWith, headOf, type ParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";
import { readPredicate } from "./read-predicate.js";
import { sentenceHolding } from "./sentence-of.js";

// The perfect auxiliary, closed class of English grammar.
const PERFECT = new Set(["has", "have", "had", "'s", "'ve", "'d"]);
// Nouns of magnitude that count without saying how many, closed class of English grammar.
const VAGUE_COUNTS = new Set(["dozens", "scores", "hundreds", "thousands", "millions", "tens"]);
const COUNT_ROLES = /^(?:obj|nsubj:pass|nsubj)$/;
const CONFLICT_ROLES = /^(?:nsubj|obl)(?::|$)/;

/** "total" when the trigger's clause is a perfect-tense total over a conflict, else null. */
export function readPerfectTotal(
  tree: ParseTree,
  mention: TriggerMention,
  periodNouns: ReadonlySet<string>,
  warScaleCount: number,
) {
  const predicate = readPredicate(tree, mention.span);
  if (!predicate) return null;
  if (isSincePeriodTotal(tree, predicate.token)) return "total" as const;
  if (isLongPeriodTotal(tree, predicate.token)) return "total" as const;
  const verb = predicate.token;
  const children = childrenOf(tree, verb);
  const isPerfect = children.some((c) => relationOf(tree, c) === "aux" && PERFECT.has(wordOf(tree, c)));
  if (!isPerfect) return null;
  const isVague = children.some((c) => COUNT_ROLES.test(relationOf(tree, c)) && holdsVagueCount(tree, c));
  if (!isVague && !hasWarScaleCount(tree, verb, warScaleCount)) return null;
  const isOverConflict = children.some(
    (c) => CONFLICT_ROLES.test(relationOf(tree, c)) && periodNouns.has(wordOf(tree, c)),
  );
  const hasSubject = children.some((c) => relationOf(tree, c).startsWith("nsubj"));
  const isOpening = !hasSubject && opensWithConflict(tree, verb, periodNouns);
  return isOverConflict || isOpening || isConflictRelative(tree, verb, periodNouns) ? ("total" as const) : null;
}

/**
 * "Militants have carried out hundreds of raids in the region since 2015, killing thousands": a perfect
 * tense over a period that runs up to now ("since"), counted vaguely, sums up many incidents, whoever did
 * them. A participle adjunct with no subject of its own ("killing thousands") is read with its verb.
 */
function isSincePeriodTotal(tree: ParseTree, token: number): boolean {
  const isParticiple = relationOf(tree, token) === "advcl" && wordOf(tree, token).endsWith("ing");
  const verb = isParticiple && childrenWith(tree, token, ["nsubj"]).length === 0 ? headOf(tree, token) : token;
  if (verb < 0) return false;
  const children = childrenOf(tree, verb);
  if (!children.some((c) => relationOf(tree, c) === "aux" && PERFECT.has(wordOf(tree, c)))) return false;
  if (!children.some((c) => relationOf(tree, c).startsWith("obl") && caseOf(tree, c) === "since")) return false;
  const counted = [...children, ...(verb === token ? [] : childrenOf(tree, token))];
  return counted.some((c) => COUNT_ROLES.test(relationOf(tree, c)) && holdsVagueCount(tree, c));
}

// "for two years", "over the past decade", "for months": a stretch of months or more, closed class of English
// grammar (units of time). Days and weeks are left out: "troops have fought rebels for three days" is one
// battle. Read on the sentence's words, since the parse often hangs the phrase on the subject.
const LONG_PERIOD =
  /\b(?:for|over|in)\s+(?:the\s+)?(?:(?:past|last)\s+)?(?:[\w-]+\s+)?(?:months|years|decades?)\b|\bfor\s+(?:months|years|decades)\b/i;
// Verbs a shared auxiliary reaches: "has shelled cities, bombed hospitals and killed thousands".
const MAX_SHARED_HOPS = 3;

/**
 * "For two years Russia has shelled cities, bombed hospitals and killed thousands": a perfect tense over a
 * stretch of months or years, done to bare plurals or vague counts, sums up many incidents (an op-ed's or a
 * background paragraph's), not one. The auxiliary may sit on the first of coordinated verbs.
 */
function isLongPeriodTotal(tree: ParseTree, token: number): boolean {
  const sentence = sentenceHolding(tree.doc, tree.tokens[token]);
  if (!sentence || !LONG_PERIOD.test(tree.doc.text.slice(sentence.start, sentence.end))) return false;
  if (!hasSharedPerfect(tree, token)) return false;
  return childrenOf(tree, token).some(
    (c) => relationOf(tree, c) === "obj" && (holdsVagueCount(tree, c) || isBarePlural(tree, c)),
  );
}

/** The verb or a verb it is coordinated with or hung on (conj, acl of its object) has the perfect auxiliary. */
function hasSharedPerfect(tree: ParseTree, token: number): boolean {
  let verb = token;
  for (let hops = 0; hops <= MAX_SHARED_HOPS && verb >= 0; hops++) {
    if (childrenOf(tree, verb).some((c) => relationOf(tree, c) === "aux" && PERFECT.has(wordOf(tree, c)))) return true;
    if (!/^(?:conj|acl|obj)$/.test(relationOf(tree, verb))) return false;
    verb = headOf(tree, verb);
  }
  return false;
}

/** "cities", "hospitals": a plural noun with no determiner or numeral names no one target. */
function isBarePlural(tree: ParseTree, token: number): boolean {
  if (uposOf(tree, token) !== "NOUN" || !/s$/i.test(wordOf(tree, token))) return false;
  return !childrenOf(tree, token).some((c) => /^(?:det|nummod|nmod:poss)$/.test(relationOf(tree, c)));
}

/**
 * "The insurgency, which began in 2009, has killed ...": a parse that hangs the verb on the relative clause
 * leaves it no subject; the sentence's first noun, before the verb, is the one it has.
 */
function opensWithConflict(tree: ParseTree, verb: number, periodNouns: ReadonlySet<string>): boolean {
  const sentence = sentenceHolding(tree.doc, tree.tokens[verb]);
  let first = -1;
  for (let i = verb - 1; i >= 0 && sentence && tree.tokens[i].start >= sentence.start; i--)
    if (uposOf(tree, i) === "NOUN") first = i;
  return first >= 0 && periodNouns.has(wordOf(tree, first));
}

/** "a conflict in which thousands have been killed": the verb is a relative clause on the conflict itself. */
function isConflictRelative(tree: ParseTree, verb: number, periodNouns: ReadonlySet<string>): boolean {
  const noun = headOf(tree, verb);
  return relationOf(tree, verb) === "acl:relcl" && noun >= 0 && periodNouns.has(wordOf(tree, noun));
}

/**
 * "An estimated 40,000 people have been killed in the war": a stated count of a war's scale
 * (settings.warScaleCount) before the verb in its sentence counts as a vague one. The parser often leaves
 * such a count unattached to the verb ("Colombo estimates more than 40,000 people have been killed"), so
 * it is read by place, not by relation.
 */
function hasWarScaleCount(tree: ParseTree, verb: number, warScaleCount: number): boolean {
  const at = tree.tokens[verb].start;
  const sentence = sentenceHolding(tree.doc, tree.tokens[verb]);
  if (!sentence) return false;
  return spansOf(tree.doc, "numbers").some(
    (n) => n.start >= sentence.start && n.end <= at && (n.data?.best ?? 0) >= warScaleCount,
  );
}

/**
 * The argument is a vague count, or the parse hung the count on it: "a conflict in which tens of thousands
 * have been killed" may come out with the conflict as the subject and the count as its nmod.
 */
function holdsVagueCount(tree: ParseTree, token: number): boolean {
  return isVagueCount(tree, token) || childrenWith(tree, token, ["nmod"]).some((c) => isVagueCount(tree, c));
}

/** "thousands", "tens of thousands"; not "three thousand" or "2,000". */
function isVagueCount(tree: ParseTree, token: number): boolean {
  if (!VAGUE_COUNTS.has(wordOf(tree, token))) return false;
  return !childrenOf(tree, token).some((c) => relationOf(tree, c) === "nummod");
}
