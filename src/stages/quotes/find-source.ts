// Who an attribution's source is: the noun phrase before the cue, a name with its apposition, the
// subject that opens the sentence; and whether a phrase can name a source at all.
import type { Span } from "../../doc.js";
import type { CueSpan } from "./find-cues.js";
import { type Range, trimRange, withoutAbbreviations } from "./text-ranges.js";

/** The noun phrase before the cue, back to a clause boundary, at most eight words. */
export function sourceBefore(text: string, cue: CueSpan, sentence: Span): Range {
  const before = text.slice(sentence.start, cue.start);
  const boundary = Math.max(
    before.lastIndexOf(", "),
    before.lastIndexOf("; "),
    before.lastIndexOf("”"),
    before.lastIndexOf("''"),
    before.lastIndexOf(" that "),
    before.lastIndexOf(" and "),
    before.lastIndexOf(" but "),
  );
  const clause = boundary >= 0 ? before.slice(boundary).replace(/^(?:, |; |”|''| that | and | but )/, "") : before;
  const words = clause.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0)
    return (
      sourceBeforeInsertion(text, before, sentence.start) ??
      sourceWithApposition(text, before, sentence.start) ?? { start: cue.start, end: cue.start }
    );
  if (words.length > 8) return { start: cue.start, end: cue.start };
  const range = trimRange(
    text,
    cue.start - clause.trimEnd().length - (before.length - before.trimEnd().length),
    cue.start,
  );
  // "a radio program who said" → "who"; "That was what Ann Cole said" → "Ann Cole".
  const relative = /\b(?:(who|which|whom)|what\s+)(?=\s|$)/.exec(text.slice(range.start, range.end));
  if (!relative || relative.index === 0) return range;
  return { start: range.start + relative.index + (relative[1] ? 0 : relative[0].length), end: range.end };
}

// A source names someone: its last word is capitalised, a pronoun, or a noun for people, groups or
// documents ("A US official", "his tally", "the group", "Michael Knights of the Washington Institute").
const SOURCE_PRONOUNS = ["he", "she", "they", "we", "i", "it", "you", "who"];
const SOURCE_PEOPLE = [
  "officials?",
  "sources?",
  "spokes\\w+",
  "police",
  "ministry",
  "government",
  "military",
  "army",
  "analysts?",
  "experts?",
  "residents?",
  "witnesses?",
];
const SOURCE_DOCUMENTS = ["report", "study", "poll", "survey", "data", "statement"];
const SOURCE_GROUPS = [
  "people",
  "leaders?",
  "group",
  "activists?",
  "observers?",
  "critics?",
  "aides?",
  "diplomats?",
  "researchers?",
  "tally",
  "voters?",
  "members?",
  "supporters?",
  "lawmakers?",
];
const SOURCE_BODIES = [
  "officers?",
  "investigators?",
  "prosecutors?",
  "authorities",
  "administration",
  "campaign",
  "agency",
  "department",
  "committee",
  "court",
  "judge",
  "doctors?",
  "workers?",
  "others?",
];
const SOURCE_NOUN = new RegExp(
  `\\b(?:${[...SOURCE_PRONOUNS, ...SOURCE_PEOPLE, ...SOURCE_DOCUMENTS, ...SOURCE_GROUPS, ...SOURCE_BODIES].join("|")})$`,
  "i",
);
const FINITE_VERB =
  /^(?:is|are|was|were|took|takes|raises|raised|made|makes|gave|gives|got|gets|went|goes|came|comes|saw|sees|knew|knows|felt|feels|left|leaves|held|holds|became|becomes|kept|keeps)$/i;
// Case-sensitive on purpose: with the i flag \p{Lu} would match any letter.
const CAPITALISED_LAST = /(?:^|\s)\p{Lu}[\p{L}'’.-]*$/u;
const NOT_SOURCE =
  /^(?:(?:as|in|after|before|during|while|when|meanwhile|however|perhaps|and|but)$|there|it\s+is|did|does|do|not|has|have|had|was|were|is|are|asked|by|to|now)\b|^[<(>]|[<>=]|n['’]t$|\bnot$|-$|^(?:the|a|an|this|these|those|one|two|three|in\s+one|some|many|\p{Ll}+ly)$/iu;
// An auxiliary inside the phrase makes it a clause ("Trump has faced", "others could purchase a plan").
const AUXILIARY_INSIDE = /\s(?:has|have|had|did|does|could|would|will|can|may|might|should|must)\s/i;

export function isSourcePhrase(source: string): boolean {
  const head = source.trim().replace(/(?<!\s)\s*\([^()]*\)$/, ""); // "Rep. Tom Reed (R-Ohio)": the name, not the party tag
  if (head.length === 0 || NOT_SOURCE.test(head) || AUXILIARY_INSIDE.test(` ${head} `)) return false;
  if (CAPITALISED_LAST.test(head) || SOURCE_NOUN.test(head)) return true;
  // Any other phrase ("the mayor", "his attorney") passes unless it holds a finite verb ("The candidates
  // took questions"): a stricter head test cost more true sources than false ones on PolNeAR dev.
  const words = head.split(/\s+/);
  return !words.some((w) => FINITE_VERB.test(w));
}

// A name, then its apposition between commas: "Leonard E. Burman, director of the … Center and a professor
// at …, said". The apposition may hold commas but no sentence end.
export const APPOSITION = /^[,?!]?\s*\p{Lu}[^,.;“”"]{0,60},\s+[^.;“”"]{2,250},\s*$/u;

/** "The governor, speaking to farmers in a market town, said …": the source stands before the inserted clause. */
function sourceBeforeInsertion(text: string, before: string, offset: number): Range | null {
  const match = /(?:^|[,;]\s+|\bthat\s+)([^,;]{1,60}?),\s+[^,;]{2,120},\s*$/u.exec(before);
  if (!match) return null;
  const start = offset + match.index + match[0].indexOf(match[1]);
  return trimRange(text, start, start + match[1].length);
}

/** "Maria Ortega, a Lisbon-based lawyer and spokeswoman for the Alliance, said …" at the
 * start of the sentence: the name with its apposition. */
function sourceWithApposition(text: string, before: string, offset: number): Range | null {
  return APPOSITION.test(withoutAbbreviations(before)) ? trimRange(text, offset, offset + before.length) : null;
}

// The subject that opens a sentence, after an optional opening phrase ("In a column, …"): a name of up to
// five capitalised words or a personal pronoun, followed by a lowercase word (its verb).
const OPENING_SUBJECT =
  /^(?:[^,]{0,80},\s+)?((?:[Tt]he\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s+(?=\p{Ll})(?!(?:and|or|of)\b)/u;

export function sentenceSubject(text: string, sentence: Span): Range | null {
  const match = OPENING_SUBJECT.exec(text.slice(sentence.start, sentence.end));
  if (!match) return null;
  const start = sentence.start + match[0].lastIndexOf(match[1], match[0].length - 1);
  return { start, end: start + match[1].length };
}

// A base form after a singular subject is a noun: "a strong signal", "his cybersecurity plan" (but "police
// say", "they plan", "officials want").
const PLURAL_SUBJECT =
  /(?:\b(?:i|you|we|they|who|that|which|police|people|media|personnel|military)|\)|[^s'’u]s)$|\b(?:and|percent|some|both|all|many|few|several|most|whom|those|these)\b/i;

export function isSingularBeforeBase(source: string, cue: CueSpan): boolean {
  return cue.data?.isBaseForm === true && !PLURAL_SUBJECT.test(source.trim());
}
