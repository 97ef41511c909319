// Which kind of name a candidate is, from the strongest evidence down: a known name, the name's own
// words ("... Ministry", "Lake ..."), then its context (a title before it, "said" after it, "in" before it).
// Returns undefined when nothing speaks for any kind; the caller may still decide from the document.

import { LOCATIVE_PREPOSITIONS } from "../../text/locative-prepositions.js";
import type { Candidate } from "./find-name-candidates.js";
import { isGroupWord } from "./is-group-word.js";
import { isAnyTown, type KnownNames, lookupKnownName, type NameLabel } from "./known-names.js";
import { isTitleWord, type NameLexicons } from "./name-lexicons.js";

export type Classified = { label: NameLabel; rule: string };

const SPEECH_AFTER = new Set([
  "said",
  "says",
  "told",
  "added",
  "says",
  "wrote",
  "asked",
  "replied",
  "warned",
  "stated",
  "argued",
  "explained",
  "insisted",
]);
const LOCATIVE_BEFORE = new Set(LOCATIVE_PREPOSITIONS);

export function classifyName(candidate: Candidate, lex: NameLexicons, names: KnownNames): Classified | undefined {
  const words = candidate.words.map((w) => w.text);
  const text = candidate.words.length ? textOfWords(candidate) : "";
  const first = words[0].toLowerCase();
  const last = words[words.length - 1].toLowerCase();
  const known = lookupKnownName(text, names);
  if (known && known.label !== "LOC") return { label: known.label, rule: "known-name" };
  // "Soviet Union", "England": a region is a place whatever its words or the score after it.
  if (known?.kind === "region") return { label: "LOC", rule: "region" };
  // "Labor Day" is a holiday but "Doris Day" a person: of the event words only "Day" is a common surname,
  // so after a listed first name it is read as one ("Davis Cup" stays a competition).
  const isSurnameDay = last === "day" && words.length === 2 && lex.firstNames.has(words[0]);
  if (lex.miscWords.has(last) && words.length > 1 && !isSurnameDay) return { label: "MISC", rule: "misc-word" };
  if (words.length > 1 && words.some((w, i) => isOrgWord(w.toLowerCase(), i === words.length - 1, lex)))
    return { label: "ORG", rule: "org-word" };
  if (words.length > 1 && (lex.locWords.get(first) === "first" || lex.locWords.get(last) === "last"))
    return { label: "LOC", rule: "loc-word" };
  if (words.every((w) => isGroupWord(w, lex))) return { label: "MISC", rule: "group-word" };
  const before = candidate.before?.text.toLowerCase().replace(/\.$/, "");
  if (candidate.before && lex.orgDescriptors.has(candidate.before.text) && !candidate.title)
    return { label: "ORG", rule: "descriptor" };
  if (candidate.title || (before && isTitleWord(before, lex))) return { label: "PERSON", rule: "title" };
  if (isMemberOf(candidate, known?.kind === "region", lex)) return { label: "ORG", rule: "member-role" };
  if (
    words.length > 1 &&
    words.length <= 4 &&
    !words.includes("&") &&
    (isFirstName(words, lex, names) || /^\p{Lu}\.$/u.test(words[0])) &&
    !/^\p{Lu}+$/u.test(words[0])
  )
    return { label: "PERSON", rule: "first-name" };
  if (words.length <= 3 && !known && (SPEECH_AFTER.has(candidate.after?.text ?? "") || before === "said"))
    return { label: "PERSON", rule: "said" };
  if (known && !(words.length === 1 && lex.commonWords.has(first))) return { label: "LOC", rule: "gazetteer" };
  if (before && LOCATIVE_BEFORE.has(before) && isAnyTown(text, names)) return { label: "LOC", rule: "locative-town" };
  // "ESCHEN , Liechtenstein": a dateline's town in capitals, not an acronym.
  const isDateline = candidate.after?.text === "," && /^\p{Lu}{4,}$/u.test(words[0]);
  if (
    words.length === 1 &&
    /^\p{Lu}[\p{Lu}&.]{1,5}$/u.test(words[0]) &&
    !isDateline &&
    !isAfterNumber(candidate) &&
    !isFieldLabel(candidate)
  )
    return { label: "ORG", rule: "acronym" };
  return undefined;
}

// "1400 GMT", "3.4 bln NOK", "three RBI": capitals after a number are a unit, a currency or a statistic.
const NUMBER_WORDS = new Set([
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "dozen",
  "hundred",
  "thousand",
  "million",
  "billion",
  "mln",
  "bln",
]);

export function isAfterNumber(candidate: Candidate): boolean {
  const before = candidate.before?.text.toLowerCase() ?? "";
  return /^\d[\d.,:]*$/.test(before) || NUMBER_WORDS.has(before);
}

/** "ISSUER : Bay County ...", "ORDERS : ...": a word in capitals opening a line before a colon labels a field. */
function isFieldLabel(candidate: Candidate): boolean {
  return !candidate.before && candidate.after?.text === ":";
}

/** "Norwich striker", "Cofinec CEO", "Pirelli shares": not a first name, not a region ("England captain"). */
function isMemberOf(candidate: Candidate, isRegion: boolean, lex: NameLexicons): boolean {
  const after = candidate.after?.text;
  return (
    !!after &&
    (after === after.toLowerCase() || after === "CEO") &&
    lex.memberRoles.has(after.toLowerCase()) &&
    !isRegion &&
    !lex.firstNames.has(candidate.words[0].text)
  );
}

// The wide list ("Mauro", "Severine", "Ogun") holds surnames and place words too ("Jones", "Arab", "Tel"), so
// its names open a person's name only before words that are neither ordinary words nor towns: "Mauro
// Trentino" but not "Jones Medical", "Tel Aviv" or "Arab East Jerusalem".
function isFirstName(words: string[], lex: NameLexicons, names: KnownNames): boolean {
  if (lex.firstNames.has(words[0])) return true;
  if (!lex.wideFirstNames.has(words[0]) || isGroupWord(words[0], lex)) return false;
  return words
    .slice(1)
    .every(
      (w) => !lex.commonWords.has(w.toLowerCase()) && !lookupKnownName(w, names) && !lex.orgWords.has(w.toLowerCase()),
    );
}

function isOrgWord(word: string, isLast: boolean, lex: NameLexicons): boolean {
  const where = lex.orgWords.get(word);
  return where === "any" || (where === "last" && isLast);
}

export function textOfWords(candidate: Candidate): string {
  return candidate.words.map((w) => w.text).join(" ");
}
