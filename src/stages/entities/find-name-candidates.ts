// Candidate names: runs of capitalised words inside a sentence, joined across name particles ("Bank of
// England", "Abu Bakr al-Baghdadi"), without words an earlier matcher already claimed, without days and
// months, without a sentence-opening ordinary word ("The", "After"), and cut before an inner title
// ("Energy Secretary Ann Moss" -> "Energy" + "Ann Moss", titled "secretary").
import { ARTICLE_JOINED } from "../../text/arabic-article.js";
import { isGroupWord } from "./is-group-word.js";
import { type KnownNames, lookupKnownName } from "./known-names.js";
import { isTitleWord, type NameLexicons } from "./name-lexicons.js";
import type { Word } from "./split-words.js";

export type Candidate = { words: Word[]; before?: Word; after?: Word; title?: string };

const PARTICLES = new Set([
  "of",
  "de",
  "del",
  "da",
  "di",
  "al",
  "el",
  "bin",
  "ibn",
  "van",
  "von",
  "der",
  "den",
  "la",
  "le",
  "du",
  "y",
  "&",
  "for",
  "and",
]);
// "of", "for", "and" join only after a word that heads an institution or place ("Bank of England",
// "League for Democracy", "Gulf of Aden"), so "Paul Reid of Hull City" stays two names.
const JOINS_AFTER = new Set(["republic", "kingdom", "emirate", "house", "isle", "city", "people's", "peoples"]);

export function findNameCandidates(
  words: Word[],
  isClaimed: (w: Word) => boolean,
  lex: NameLexicons,
  names: KnownNames,
): Candidate[] {
  const isNameWord = (w: Word | undefined) =>
    !!w &&
    w.isCapitalised &&
    /\p{L}/u.test(w.text) &&
    !isClaimed(w) &&
    !lex.notNames.has(w.text) &&
    !lex.commonAcronyms.has(w.text);
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < words.length) {
    if (!isNameWord(words[i])) {
      i += 1;
      continue;
    }
    let j = i + 1;
    let nickname: Word[] = [];
    while (j < words.length) {
      // "Abu Bakr al-Baghdadi", "Deir ez-Zor": the run goes on through the joined Arabic article.
      if (isNameWord(words[j]) || (ARTICLE_JOINED.test(words[j].text) && !isClaimed(words[j]))) j += 1;
      else if (nickname.length === 0 && (nickname = quotedNickname(words, j, isNameWord)).length > 0)
        j += nickname.length;
      else if (
        PARTICLES.has(words[j].text) &&
        isNameWord(words[j + 1]) &&
        joinsAcross(words[j].text, words[j - 1], lex)
      )
        j += 2;
      else break;
    }
    // "Joaquin "El Chapo" Guzman": the nickname lies inside the name's span but is no word of its name.
    const run = words.slice(i, j).filter((w) => !nickname.includes(w));
    for (const part of cutAtTitles(run, lex, names)) {
      const run = trimRun(part, lex, names);
      // "N / A", "P W L / T": lone capital letters are a table's codes, no name ("J." is an initial).
      if (run.words.every((w) => /^\p{Lu}$/u.test(w.text))) continue;
      if (run.words.length)
        candidates.push({
          words: run.words,
          title: run.title,
          before: words[words.indexOf(run.words[0]) - 1],
          after: words[words.indexOf(run.words[run.words.length - 1]) + 1],
        });
    }
    i = j;
  }
  return candidates;
}

const QUOTES = new Set(['"', "“", "”"]);
/** A nickname is a word or three ("El Chapo", "Mad Dog"). */
const NICKNAME_MAX_WORDS = 3;

/**
 * `Joaquin "El Chapo" Guzman`: a quoted run of name words between two name words is the person's nickname.
 * The quotes and the words inside them, or none when the run at `j` is no such nickname.
 */
function quotedNickname(words: Word[], j: number, isNameWord: (w: Word | undefined) => boolean): Word[] {
  if (!QUOTES.has(words[j].text)) return [];
  let k = j + 1;
  while (k < words.length && k - j - 1 < NICKNAME_MAX_WORDS && isNameWord(words[k])) k += 1;
  const isClosed = k > j + 1 && k < words.length && QUOTES.has(words[k].text);
  return isClosed && isNameWord(words[k + 1]) ? words.slice(j, k + 1) : [];
}

function joinsAcross(particle: string, previous: Word, lex: NameLexicons): boolean {
  if (!["of", "for", "and"].includes(particle)) return true;
  const word = previous.text.toLowerCase();
  return lex.orgWords.has(word) || lex.locWords.has(word) || JOINS_AFTER.has(word);
}

const ATTRIBUTIVE = /\p{L}-(?:based|controlled|led|backed|owned|run|registered|listed|born|held|linked|allied)$/iu;

/** Splits a run before each inner title word that has a name after it, and after an origin ("X-based"). */
function cutAtTitles(run: Word[], lex: NameLexicons, names: KnownNames): Word[][] {
  const parts: Word[][] = [];
  let start = 0;
  for (let k = 1; k < run.length; k += 1) {
    // "Denver-based Acme Media", "Family-owned Hart & Sons": the origin is apart.
    const isAfterOrigin = ATTRIBUTIVE.test(run[k - 1].text);
    if (isAfterOrigin || (k < run.length - 1 && isTitleWord(run[k].text, lex) && !isKnownInstitution(run, names))) {
      parts.push(run.slice(start, k));
      start = k;
    }
  }
  parts.push(run.slice(start));
  return parts.filter((p) => p.length > 0);
}

function trimRun(run: Word[], lex: NameLexicons, names: KnownNames): { words: Word[]; title?: string } {
  if (run.length > 1 && (isKnownInstitution(run, names) || lex.orgWords.has(run[run.length - 1].text.toLowerCase()))) {
    // "The National Bank", "The Supreme Court" opening a sentence: the article is no part of the name.
    return { words: run.length > 2 && run[0].isInitial && isFunctionWord(run[0].text, lex) ? run.slice(1) : run };
  }
  let start = isDescribedPeople(run, lex) ? 1 : 0;
  let title: string | undefined;
  while (start < run.length) {
    if (isTitleWord(run[start].text, lex) && start + 1 < run.length)
      title = run[start].text.toLowerCase().replace(/\.$/, "");
    else if (!(run[start].isInitial && isFunctionWord(run[start].text, lex))) break;
    start += 1;
  }
  let end = run.length;
  while (end > start && PARTICLES.has(run[end - 1].text)) end -= 1;
  // "Prime Minister" before a name another matcher claimed: titles only, no name.
  if (run.length > 1 && run.every((w) => isTitleWord(w.text, lex))) return { words: [] };
  return { words: run.slice(start, end), title };
}

/**
 * "Suspected Islamist militants", "Armed Tuareg fighters" opening a sentence: an ordinary word capitalised
 * only by its place, before words for a people or an ideology, describes the people; it names no group.
 */
function isDescribedPeople(run: Word[], lex: NameLexicons): boolean {
  return (
    run.length > 1 &&
    run[0].isInitial &&
    isOrdinaryWord(run[0].text, lex) &&
    run.slice(1).every((w) => isGroupWord(w.text, lex))
  );
}

/** "General Motors", "Gulf of Aden": a known organisation or place keeps its title-like first word. */
function isKnownInstitution(run: Word[], names: KnownNames): boolean {
  const label = lookupKnownName(textOf(run), names)?.label;
  return label === "ORG" || label === "LOC";
}

// Only the most frequent ordinary words ("The", "After", "But") are cut from a sentence's first name:
// "Tiger Woods" and "Golden Dawn" keep theirs.
const FUNCTION_WORD_RANK = 1500;

function isFunctionWord(text: string, lex: NameLexicons): boolean {
  return (lex.commonWords.get(text.toLowerCase()) ?? Infinity) < FUNCTION_WORD_RANK && !lex.firstNames.has(text);
}

// "Aravinda de Silva", "Jan van Dam": a family-name particle is a common word in some language's
// dictionary but says nothing of an institution; "of", "for", "and" join only after an institution's word.
const INSTITUTION_JOINERS = new Set(["of", "for", "and", "&"]);

export function isFamilyNameParticle(text: string): boolean {
  return PARTICLES.has(text) && !INSTITUTION_JOINERS.has(text);
}

export function isOrdinaryWord(text: string, lex: NameLexicons): boolean {
  return lex.commonWords.has(text.toLowerCase()) && !lex.firstNames.has(text);
}

function textOf(words: Word[]): string {
  return words.map((w) => w.text).join(" ");
}
