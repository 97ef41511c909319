// Named entities beyond the actor lexicon: PERSON, ORG, LOC and MISC spans over capitalised names.
// Two passes over the document: the first classifies names on their own evidence; the second settles
// the rest from what the document already said ("John Kirby ... Kirby", "Leicestershire" named twice)
// and reads headlines in capitals, where case says nothing, only for names the body or a lexicon knows.
import type { LayerSpan } from "../../doc.js";
import { foldAlias } from "../../text/fold-alias.js";
import { isPlacesFrame } from "../../text/is-places-frame.js";
import { overlapsAny } from "../../text/span-overlap.js";
import { type Classified, classifyName, isAfterNumber, textOfWords } from "./classify-name.js";
import type { EntityLexicons } from "./entity-lexicons.js";
import { findDatelines } from "./find-datelines.js";
import { type Candidate, findNameCandidates, isFamilyNameParticle, isOrdinaryWord } from "./find-name-candidates.js";
import { guessLoneWord } from "./guess-lone-word.js";
import { isAnyTown, isCity, isCityByOwnName, type KnownNames, lookupKnownName, type NameLabel } from "./known-names.js";
import type { NameLexicons } from "./name-lexicons.js";
import type { EntitiesSettings } from "./settings.js";
import { splitWords, type Word } from "./split-words.js";

type Found = { candidate: Candidate; result?: Classified };

export function findNames(
  text: string,
  sentences: readonly { start: number; end: number }[],
  claimed: readonly LayerSpan<"entities">[],
  settings: EntitiesSettings,
  lexicons: EntityLexicons,
): LayerSpan<"entities">[] {
  const { names: lex, known: names } = lexicons;
  const datelines = findDatelines(text, claimed);
  const taken = [...claimed, ...datelines];
  const isClaimed = (w: Word) => overlapsAny(taken, w);
  const found: Found[] = [];
  const capsLines: Word[][] = [];
  for (const sentence of sentences) {
    const words = splitWords(text, sentence.start, sentence.end);
    if (words[0]?.inCapsLine) capsLines.push(words);
    else
      for (const candidate of findNameCandidates(words, isClaimed, lex, names))
        found.push(...classifyOrSplit(candidate, lex, names));
  }
  const memory = rememberNames(found);
  const spans: LayerSpan<"entities">[] = [...datelines];
  const strong = rememberStrongNames(found);
  for (const { candidate, result } of found) {
    const settled =
      preferSurname(memory, candidate, result) ??
      preferStrong(strong, candidate, result) ??
      result ??
      recall(memory, candidate) ??
      guessUnknown(candidate, lexicons, settings.minNameProbability);
    if (settled && !isLeftToPlaces(text, candidate, settled.label, settings.bigCityPopulation, names))
      spans.push(nameSpan(candidate.words, settled.label, settled.rule));
  }
  for (const words of capsLines)
    spans.push(...findCapsNames(words, isClaimed, memory, settings.frequentWordRank, lexicons));
  return readListsAsPeople(text, spans);
}

// "Laura Bentley , Silver Woods , Peter Marsh": a name read as an organisation only by default (its
// words are ordinary: "Woods", "Little") between two people in one list is a person too.
const LIST_JOINER = /^\s*(?:,|and)\s*$/;

function readListsAsPeople(text: string, spans: LayerSpan<"entities">[]): LayerSpan<"entities">[] {
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  const isPersonNeighbour = (a: LayerSpan<"entities"> | undefined, b: LayerSpan<"entities"> | undefined) =>
    !!a &&
    !!b &&
    a.label === "PERSON" &&
    a.by !== "entities/names:unknown-default" &&
    LIST_JOINER.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
  return ordered.map((span, i) => {
    const isDefaultOrg =
      span.label === "ORG" &&
      span.by === "entities/names:unknown-default" &&
      /\s/.test(text.slice(span.start, span.end));
    if (!isDefaultOrg || !(isPersonNeighbour(ordered[i - 1], span) && isPersonNeighbour(ordered[i + 1], span)))
      return span;
    return { ...span, label: "PERSON", by: "entities/names:list-of-people" };
  });
}

// "Fullback Jonah Lomu", "Ex-Yankee Joe Girardi": a name nothing decides, made of one descriptor word, a first
// name and a surname, is the descriptor before a person's name; the descriptor is classified alone. Not when
// the first word is a known name ("Ottawa Grain Dealers"), joins the first name into one ("San Diego
// Padres"), or the "surname" is an ordinary word or a first name too ("International Red Cross").
function classifyOrSplit(candidate: Candidate, lex: NameLexicons, names: KnownNames): Found[] {
  const result = classifyName(candidate, lex, names);
  const { words } = candidate;
  if (result || words.length !== 3 || !lex.firstNames.has(words[1].text) || lex.firstNames.has(words[0].text))
    return [{ candidate, result }];
  const surname = words[2].text;
  const isSurname =
    /^\p{Lu}\p{Ll}+$/u.test(surname) &&
    !lex.commonWords.has(surname.toLowerCase()) &&
    !lex.firstNames.has(surname) &&
    !isCity(surname, names);
  if (
    !isSurname ||
    lookupKnownName(words[0].text, names) ||
    lookupKnownName(`${words[0].text} ${words[1].text}`, names)
  )
    return [{ candidate, result }];
  const head: Candidate = { words: words.slice(0, 1), before: candidate.before, after: words[1] };
  const name: Candidate = { words: words.slice(1), before: words[0], after: candidate.after };
  // The descriptor ("Fullback", "Winger") is kept only when a rule reads it; the classifier is not asked.
  const headResult = classifyName(head, lex, names);
  const person: Found = { candidate: name, result: { label: "PERSON", rule: "first-name" } };
  return headResult ? [{ candidate: head, result: headResult }, person] : [person];
}

/** Names classified on their own evidence, by folded text; a person's surname or an organisation's first word alone also counts. */
function rememberNames(found: Found[]): Map<string, Classified> {
  const memory = new Map<string, Classified>();
  // Persons last, so a surname overrides a weaker reading of the same word elsewhere.
  // A name's own strong evidence ranks above all: "chain Ruch" stays the chain after "Ruch says".
  const rank = (f: Found) => {
    const person = f.result?.label === "PERSON";
    if (f.result && STRONG_RULES.has(f.result.rule)) return person ? 4 : 3;
    return person ? 2 : 0;
  };
  const ordered = [...found].sort((a, b) => rank(a) - rank(b));
  for (const { candidate, result } of ordered) {
    if (!result) continue;
    memory.set(foldAlias(textOfWords(candidate)), { label: result.label, rule: "same-name" });
    // "Wartsila Corporation ... Wartsila", "Dynamo Moscow ... Dynamo": a later lone word that opened an
    // organisation's name is that organisation, unless the word already has a reading of its own.
    if (result.label === "ORG" && candidate.words.length > 1 && !memory.has(foldAlias(candidate.words[0].text))) {
      memory.set(foldAlias(candidate.words[0].text), { label: "ORG", rule: "org-head" });
    }
    if (result.label === "PERSON" && candidate.words.length > 1) {
      memory.set(foldAlias(candidate.words[candidate.words.length - 1].text), { label: "PERSON", rule: "surname" });
    }
  }
  return memory;
}

// Weak evidence for a single word (a town of that name, an acronym's shape) gives way to the document
// having named a person with that surname: "Jordan" after "Michael Jordan".
const WEAK_RULES = new Set(["gazetteer", "acronym", "locative-town", "said"]);

function preferSurname(
  memory: Map<string, Classified>,
  candidate: Candidate,
  result: Classified | undefined,
): Classified | undefined {
  if (candidate.words.length !== 1 || (result && !WEAK_RULES.has(result.rule))) return undefined;
  const remembered = memory.get(foldAlias(candidate.words[0].text));
  return remembered?.rule === "surname" ? remembered : undefined;
}

// A name's own words or a title are strong evidence; a gazetteer hit or an acronym's shape is weak. The
// document names a thing one way: "Essex" the club in one sentence is the club where only the gazetteer
// spoke, "INA" after "Iraqi News Agency ( INA )" keeps the organisation's reading.
const STRONG_RULES = new Set([
  "known-name",
  "org-word",
  "loc-word",
  "misc-word",
  "title",
  "first-name",
  "member-role",
  "descriptor",
]);
const WEAK_FOR_STRONG = new Set(["gazetteer", "acronym", "locative-town", "said"]);

function rememberStrongNames(found: Found[]): Map<string, Classified> {
  const strong = new Map<string, Classified>();
  for (const { candidate, result } of found) {
    if (result && STRONG_RULES.has(result.rule))
      strong.set(foldAlias(textOfWords(candidate)), { label: result.label, rule: "same-name-strong" });
  }
  return strong;
}

function preferStrong(
  strong: Map<string, Classified>,
  candidate: Candidate,
  result: Classified | undefined,
): Classified | undefined {
  if (result && !WEAK_FOR_STRONG.has(result.rule)) return undefined;
  return strong.get(foldAlias(textOfWords(candidate)));
}

function recall(memory: Map<string, Classified>, candidate: Candidate): Classified | undefined {
  return memory.get(foldAlias(textOfWords(candidate)));
}

// No evidence at all: a lone sentence-opening or ordinary word is dropped; a longer name defaults to a
// person or an organisation by its words; a lone word goes to the name classifier (guess-lone-word.ts).
function guessUnknown(
  candidate: Candidate,
  { names: lex, known: names, nameModel }: EntityLexicons,
  minNameProbability: number,
): Classified | undefined {
  const [first] = candidate.words;
  if (candidate.words.length === 1 && (first.isInitial || isOrdinaryWord(first.text, lex))) return undefined;
  // "1400 GMT", "three RBI": capitals after a number are a unit or a statistic, no name (classify-name.ts).
  if (candidate.words.length === 1 && /^\p{Lu}+$/u.test(first.text) && isAfterNumber(candidate)) return undefined;
  // "Brigades", "Ministry" alone: the head of a name whose other words were claimed or lost, not a name.
  if (
    candidate.words.length === 1 &&
    (lex.orgWords.has(first.text.toLowerCase()) || lex.locWords.has(first.text.toLowerCase()))
  )
    return undefined;
  if (candidate.words.length === 1) return guessLoneWord(first, lex, minNameProbability, names, nameModel);
  // "Federal Reserve", "Gold Fields": ordinary words make a name an institution; "Ebrahim Raisi" has none.
  // A family-name particle ("Ruud van Nistelrooy", "de Silva") is neither: "de" is a dictionary word, "van" a city.
  const evidence = candidate.words.filter((w) => !isFamilyNameParticle(w.text));
  const hasOrdinaryWord = evidence.some((w) => isOrdinaryWord(w.text, lex));
  // "Dynamo Moscow", "Prague Newsroom", "Hart & Sons": a town or an ampersand is in no person's name.
  // Only a city's own name counts: its alternate names in other languages include many first names.
  const hasTownWord = evidence.some((w) => !lex.firstNames.has(w.text) && isCityByOwnName(w.text, names));
  const isOrg = hasOrdinaryWord || hasTownWord || candidate.words.some((w) => w.text === "&");
  return { label: isOrg ? "ORG" : "PERSON", rule: "unknown-default" };
}

/** In a line of capitals, the longest word sequences (up to four) that the document or a lexicon knows. */
function findCapsNames(
  words: Word[],
  isClaimed: (w: Word) => boolean,
  memory: Map<string, Classified>,
  frequentWordRank: number,
  { names: lex, known: names }: EntityLexicons,
): LayerSpan<"entities">[] {
  const spans: LayerSpan<"entities">[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    for (let n = Math.min(4, words.length - i); n >= 1 && !matched; n -= 1) {
      const run = words.slice(i, i + n);
      if (run.some((w) => isClaimed(w) || !/\p{L}/u.test(w.text))) continue;
      // "RESULTS OF", "FROM THE": the most frequent words are no names even when a town shares them.
      if (n === 1 && (lex.commonWords.get(run[0].text.toLowerCase()) ?? Infinity) < frequentWordRank) continue;
      // "BOXING", "SPRING", "SATURDAY": an ordinary or calendar word alone is a name only where the body named it.
      const isWordlike =
        n === 1 &&
        (isOrdinaryWord(run[0].text.toLowerCase(), lex) ||
          lex.notNames.has(capitalise(run[0].text)) ||
          lex.commonAcronyms.has(run[0].text));
      const label = capsLabel(run.map((w) => w.text).join(" "), memory, isWordlike, names);
      if (label) {
        spans.push(nameSpan(run, label, "caps-line"));
        matched = n;
      }
    }
    i += matched || 1;
  }
  return spans;
}

/** What the body remembered for the words, else what a lexicon knows (unless only the body may decide). */
function capsLabel(
  text: string,
  memory: Map<string, Classified>,
  memoryOnly: boolean,
  names: KnownNames,
): NameLabel | undefined {
  return memory.get(foldAlias(text))?.label ?? (memoryOnly ? undefined : lookupKnownName(text, names)?.label);
}

/** "SATURDAY" -> "Saturday". */
function capitalise(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

function isLeftToPlaces(
  text: string,
  candidate: Candidate,
  label: NameLabel,
  bigCityPopulation: number,
  names: KnownNames,
): boolean {
  const start = candidate.words[0].start;
  const end = candidate.words[candidate.words.length - 1].end;
  const name = text.slice(start, end);
  return (
    label === "LOC" &&
    isPlacesFrame(text, start, end) &&
    isAnyTown(name, names) &&
    !isFirstLevelDivision(name, bigCityPopulation, names)
  );
}

// "in California", "the province of Guangdong": a state or province whose name is also some small town's is
// still the state. It stays a LOC name here; the places stage reads it as a candidate all the same. Not when
// a city shares the name ("in Erbil", "in Baghdad"): the places stage decides between city and province.
function isFirstLevelDivision(name: string, bigCityPopulation: number, names: KnownNames): boolean {
  const places = names.gazetteer.lookupPlace(name);
  return (
    places[0]?.featureCode === "ADM1" &&
    !places.some((p) => p.featureCode !== "ADM1" && p.population >= bigCityPopulation)
  );
}

function nameSpan(words: Word[], label: NameLabel, rule: string): LayerSpan<"entities"> {
  const start = words[0].start;
  const end = words[words.length - 1].end;
  return { start, end, label, by: `entities/names:${rule}`, data: { name: words.map((w) => w.text).join(" ") } };
}
