// "The war, which began in 2014, has killed ...": a date inside a relative clause tells when the noun that
// clause describes began, was founded or was built, not when the sentence's event happened. It dates the
// event only when the clause is the event's own: it holds the trigger, or it describes the trigger's noun
// ("the attack, which took place on Sunday, ..."). Read from the parse (acl:relcl) and, as a parser trained
// on plain sentences often hangs such a clause on the wrong word, from its form: a clause set off by commas
// that opens with a relative pronoun.
import type { LayerSpan } from "../../doc.js";
import { childrenWith, headOf, headTokenOf, type ParseTree, relationOf, wordOf } from "./parse-tree.js";

type Range = { start: number; end: number };

/** A relative clause spans its words a few heads up from a date phrase inside it; deeper is another clause. */
const MAX_HOPS = 4;
/** A relative clause between commas is a few words long; the window keeps the lookup bounded. */
const CLAUSE_CHARS = 120;
// Relative pronouns, closed class of English grammar; "that" opens too many other clauses to count.
const RELATIVE_OPENING = /^\s*(?:which|who|whom|whose)\b/i;
// "the regime that slaughtered thousands": "that" followed at once by a past verb (an optional auxiliary,
// then an -ed form) is a subject relative; "said that soldiers killed" puts a subject between them.
const THAT_RELATIVE = /\bthat\s+(?:(?:had|has|have|was|were)\s+)?[a-z]+ed\b/gi;

/**
 * Whether `date` stands in a relative clause that is not the trigger's own. A relative clause that dates its
 * noun to a day ("the attack, which took place on Sunday, killed five", "students who marched on Wednesday")
 * most often tells the report's news, and its noun may be the event itself: only a month, a year or a longer
 * time is background, or a day in a past-perfect clause ("who had attacked ... on March 3").
 */
export function isOtherRelativeClauseDate(tree: ParseTree, date: LayerSpan<"dates">, trigger: Range): boolean {
  if (date.data?.precision === 1) return isEarlierClauseDay(tree, date, trigger);
  const commaClause = commaRelativeClause(tree.doc.text, date);
  if (commaClause) return !isInside(trigger, commaClause);
  // With no comma to end it a "that" clause may run on past the trigger, so only one that ends before it
  // (or starts after it) settles the question; else the parse does.
  const thatClause = thatRelativeClause(tree.doc.text, date);
  if (thatClause && !isInside(trigger, thatClause)) return true;
  const clause = relativeClauseOf(tree, headTokenOf(tree, date));
  const triggerToken = headTokenOf(tree, trigger);
  if (clause < 0 || triggerToken < 0) return false;
  return headOf(tree, clause) !== triggerToken && !isWithin(tree, triggerToken, clause);
}

/**
 * "killed 12 militants who had attacked a checkpoint on March 3": a day in a past-perfect relative clause on
 * another noun than the trigger's tells what came before the event, not the event.
 */
function isEarlierClauseDay(tree: ParseTree, date: Range, trigger: Range): boolean {
  const clause = relativeClauseOf(tree, headTokenOf(tree, date));
  const triggerToken = headTokenOf(tree, trigger);
  if (clause < 0 || triggerToken < 0 || headOf(tree, clause) === triggerToken || isWithin(tree, triggerToken, clause))
    return false;
  return childrenWith(tree, clause, ["aux"]).some((t) => wordOf(tree, t) === "had");
}

/**
 * "killed three militants who had attacked a checkpoint on March 3": a trigger heading a past-perfect
 * relative clause tells an act before the sentence's own, so its day is not the day of the act the clause
 * hangs in.
 */
export function isEarlierActClause(tree: ParseTree, trigger: Range): boolean {
  const token = headTokenOf(tree, trigger);
  if (token < 0 || relationOf(tree, token) !== "acl:relcl") return false;
  return childrenWith(tree, token, ["aux"]).some((t) => wordOf(tree, t) === "had");
}

/**
 * "claimed responsibility on Tuesday for a car bomb that killed eight people on Monday": a date in a relative
 * clause that describes the trigger's noun is the trigger's own, whatever lies nearer to it.
 */
export function isOwnRelativeClauseDate(tree: ParseTree, date: Range, trigger: Range): boolean {
  const clause = relativeClauseOf(tree, headTokenOf(tree, date));
  return clause >= 0 && headOf(tree, clause) === headTokenOf(tree, trigger);
}

/**
 * A date in a sentence with no trigger of its own: one in any relative clause describes that clause's noun,
 * unless it names a day ("the strike, which came on Sunday"), for the reason above.
 */
export function isRelativeClauseDate(tree: ParseTree, date: LayerSpan<"dates">): boolean {
  if (date.data?.precision === 1) return false;
  return (
    !!commaRelativeClause(tree.doc.text, date) ||
    !!thatRelativeClause(tree.doc.text, date) ||
    relativeClauseOf(tree, headTokenOf(tree, date)) >= 0
  );
}

/**
 * "the regime that slaughtered thousands in 1982.": from a subject-relative "that" before the date, in its
 * sentence and with no comma between, to the first punctuation after the date. Read from the words, so a
 * sentence the syntax stage did not parse is read too.
 */
function thatRelativeClause(text: string, date: Range): Range | null {
  const opening = text.slice(Math.max(0, date.start - CLAUSE_CHARS), date.start);
  const bounded = opening.slice(
    Math.max(opening.lastIndexOf(","), ...[".", "!", "?", ";", "\n"].map((c) => opening.lastIndexOf(c))) + 1,
  );
  const that = [...bounded.matchAll(THAT_RELATIVE)].at(-1);
  if (!that) return null;
  const rest = /^[^,.;!?\n]*(?:[,.;!?\n]|$)/.exec(text.slice(date.end, date.end + CLAUSE_CHARS));
  if (!rest) return null;
  return { start: date.start - bounded.length + that.index, end: date.end + rest[0].length };
}

function isInside(inner: Range, outer: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** ", which began in 2014,": the words from the comma before the date to the comma after it, or null. */
function commaRelativeClause(text: string, date: Range): Range | null {
  const opening = text.slice(Math.max(0, date.start - CLAUSE_CHARS), date.start);
  const comma = opening.lastIndexOf(",");
  if (comma < 0 || /[.!?\n]/.test(opening.slice(comma)) || !RELATIVE_OPENING.test(opening.slice(comma + 1)))
    return null;
  const rest = /^[^,.;!?\n]*(?:[,.;!?\n]|$)/.exec(text.slice(date.end, date.end + CLAUSE_CHARS));
  if (!rest) return null;
  return { start: date.start - opening.length + comma, end: date.end + rest[0].length };
}

/** The head of the relative clause (acl:relcl) the token stands in, or -1. */
function relativeClauseOf(tree: ParseTree, token: number): number {
  for (let hops = 0; token >= 0 && hops < MAX_HOPS; hops++) {
    if (relationOf(tree, token) === "acl:relcl") return token;
    token = headOf(tree, token);
  }
  return -1;
}

function isWithin(tree: ParseTree, token: number, ancestor: number): boolean {
  for (let t = token; t >= 0; t = headOf(tree, t)) if (t === ancestor) return true;
  return false;
}
