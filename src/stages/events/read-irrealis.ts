// Whether a predicate tells of something that happened, read from its clause: an auxiliary of the future
// or of a condition ("will march", "would have killed"), a negation ("did not attack", "no strikes"),
// a verb of intention above it ("plan to march", "called for a protest", "threatened strikes"), an "if"
// clause, a habit ("used to raid"), or a total over a period ("killed since 2014", "over eight years"),
// which is a tally, not one incident. The words are closed classes of English grammar (modals, negators,
// subordinators) and the few verbs and adjectives of intent; they are data, kept here with their reasons.

import { spansOf } from "../../doc.js";
import { caseOf, childrenOf, childrenWith, headOf, type ParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";
import type { Predicate } from "./read-predicate.js";

export type Irrealis = "future" | "conditional" | "negated" | "planned" | "habitual" | "total" | "modifier";

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
const CONDITIONS = new Set(["if", "unless", "whether", "lest"]);
// A verb whose complement or object is an intended or feared event, not one that took place.
const INTENT_VERBS =
  /^(?:plan(?:s|ned|ning)?|threaten(?:s|ed|ing)?|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|intend(?:s|ed|ing)?|schedul(?:e|es|ed|ing))$/;
const INTENT_ADJECTIVES = /^(?:planned|proposed|upcoming|scheduled|intended)$/;
// Units of a period long enough that what happened in it is a total of many incidents.
const PERIODS = /^(?:years?|months|decades?|weeks)$/;
const PERIOD_MARKERS = new Set(["since", "over", "during", "throughout", "in", "for", "past", "last"]);

export function readIrrealis(tree: ParseTree, predicate: Predicate): Irrealis | null {
  const clause = clauseHeads(tree, predicate);
  for (const head of clause) {
    const found = readHead(tree, head);
    if (found) return found;
  }
  if (hasIntentModifier(tree, predicate.token)) return "planned";
  if (clause.some((head) => isUnderIntent(tree, head))) return "planned";
  if (clause.some((head) => hasPeriod(tree, head)) || hasPeriodInSentence(tree, predicate.token)) return "total";
  // "their offensive play": an adjective modifying another noun names no event of its own.
  return uposOf(tree, predicate.token) === "ADJ" && relationOf(tree, predicate.token) === "amod" ? "modifier" : null;
}

/** "... were killed over six years, a group said": the parser may hang the period on another verb. */
function hasPeriodInSentence(tree: ParseTree, token: number): boolean {
  const at = tree.tokens[token].start;
  const sentence = spansOf(tree.doc, "sentences").find((s) => s.start <= at && at < s.end);
  if (!sentence) return false;
  for (let i = 0; i < tree.tokens.length; i++) {
    const t = tree.tokens[i];
    if (t.start < sentence.start || t.end > sentence.end || !PERIODS.test(wordOf(tree, i))) continue;
    const counted = childrenOf(tree, i).some(
      (c) =>
        (relationOf(tree, c) === "nummod" && wordOf(tree, c) !== "one") ||
        /^(?:past|last|recent)$/.test(wordOf(tree, c)),
    );
    const before = i > 1 ? [wordOf(tree, i - 1), wordOf(tree, i - 2), wordOf(tree, Math.max(i - 3, 0))] : [];
    if (counted && before.some((w) => PERIOD_MARKERS.has(w))) return true;
  }
  return false;
}

/** The trigger, the verb it is an argument of, and the verb a shared-subject conjunct hangs on. */
function clauseHeads(tree: ParseTree, predicate: Predicate): number[] {
  const heads = [predicate.token];
  if (predicate.governor >= 0) heads.push(predicate.governor);
  const last = heads[heads.length - 1];
  if (relationOf(tree, last) === "conj" && headOf(tree, last) >= 0) heads.push(headOf(tree, last));
  return heads;
}

function readHead(tree: ParseTree, head: number): Irrealis | null {
  const children = childrenOf(tree, head);
  const words = children.map((c) => wordOf(tree, c));
  const auxiliaries = children.filter((c) => relationOf(tree, c) === "aux").map((c) => wordOf(tree, c));
  const modal = auxiliaries.find((w) => FUTURE_MODALS.has(w));
  if (modal && !(PAST_POSSIBLE.has(modal) && auxiliaries.includes("have")))
    return modal === "would" || modal === "should" ? "conditional" : "future";
  if (children.some((c) => isNegator(tree, c))) return "negated";
  if (
    relationOf(tree, head).startsWith("advcl") &&
    children.some((c) => relationOf(tree, c) === "mark" && CONDITIONS.has(wordOf(tree, c)))
  )
    return "conditional";
  // "used to raid the villages": the habit, not a raid.
  if (relationOf(tree, head) === "xcomp" && wordOf(tree, headOf(tree, head)) === "used" && words.includes("to"))
    return "habitual";
  return null;
}

/** "did not attack", "no strikes"; not "not only the bombing". */
function isNegator(tree: ParseTree, token: number): boolean {
  if (!/^(?:advmod|det|neg)$/.test(relationOf(tree, token)) || !NEGATORS.has(wordOf(tree, token))) return false;
  return token + 1 >= tree.tokens.length || !/^(?:only|just|merely)$/.test(wordOf(tree, token + 1));
}

/** "a planned march", "possible strikes". */
function hasIntentModifier(tree: ParseTree, token: number): boolean {
  return childrenWith(tree, token, ["amod"]).some((c) => INTENT_ADJECTIVES.test(wordOf(tree, c)));
}

/** "plan to march", "called for a protest", "threatened strikes", "is going to attack". */
function isUnderIntent(tree: ParseTree, head: number): boolean {
  const parent = headOf(tree, head);
  if (parent < 0 || uposOf(tree, parent) !== "VERB" || !INTENT_VERBS.test(wordOf(tree, parent))) return false;
  // "called for a protest", not "called in artillery fire".
  const relation = relationOf(tree, head).split(":")[0];
  return /^(?:xcomp|obj|ccomp)$/.test(relation) || (relation === "obl" && caseOf(tree, head) === "for");
}

/** "killed since 2014", "over eight years", "in the past two years": a total, not one incident. */
function hasPeriod(tree: ParseTree, head: number): boolean {
  return childrenOf(tree, head).some((c) => {
    const relation = relationOf(tree, c).split(":")[0];
    if (!/^(?:obl|obj|nmod|advmod)$/.test(relation)) return false;
    const before = c > 0 ? wordOf(tree, c - 1) : "";
    const markers = [before, ...childrenOf(tree, c).map((g) => wordOf(tree, g))];
    if (markers.includes("since") && relation === "obl") return true;
    if (!PERIODS.test(wordOf(tree, c))) return false;
    return (
      markers.some((w) => PERIOD_MARKERS.has(w)) ||
      childrenOf(tree, c).some((g) => relationOf(tree, g) === "nummod" && wordOf(tree, g) !== "one")
    );
  });
}
