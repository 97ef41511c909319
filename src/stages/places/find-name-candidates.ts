// Proposes toponym candidates: capitalised names the gazetteer, the region list or the US state
// abbreviations know, each with the evidence that it is used as a place. Deciding which candidates to
// keep and which place each one means is left to the refiners in index.ts.

import { countryByName } from "../../countries.js";
import type { Span } from "../../doc.js";
import { ARABIC_ARTICLE, ARTICLE_JOINED } from "../../text/arabic-article.js";
import { findAllMatches } from "../../text/find-all-matches.js";
import { foldAlias } from "../../text/fold-alias.js";
import type { Gazetteer, GazetteerPlace } from "../../text/gazetteer/gazetteer.js";
import type { WorldRegion } from "../../text/gazetteer/place-lexicons.js";
import { isLocativeFrame, isPairFrame } from "../../text/is-places-frame.js";
import { overlapsAny } from "../../text/span-overlap.js";
import { CALENDAR_WORD } from "./calendar-word.js";
import { findDirectionBefore, findDirectionDivision } from "./find-direction-division.js";
import { isInstitutionFrame } from "./is-institution-frame.js";
import type { DivisionLevel, PlacesLexicons } from "./places-lexicons.js";
import { isGivenName, type WordLists } from "./word-lists.js";

export type Evidence =
  | "locative"
  | "pair"
  | "loc-entity"
  | "abbreviation"
  | "bare"
  | "party-home"
  | "state-word"
  | "institution"
  | "hyphen-pair"
  /** "northern Kivu" read as North Kivu (find-direction-division.ts). */
  | "direction";

export type Candidate = {
  start: number;
  end: number;
  name: string;
  places: GazetteerPlace[];
  region?: WorldRegion;
  /** ISO3 when the name is a country's ("Kenya's" that the entities layer left unlabelled). */
  countryIso3?: string;
  evidence: Set<Evidence>;
  /** The capitalised run continues past the known name ("Utah Bureau of Mines"). */
  isPrefix: boolean;
  /** A second capitalised word follows ("Austin Smith"). */
  hasCapitalisedNext: boolean;
  /** The level a division word beside the name gives it ("Mopti region": admin1; "Gardez district": admin2). */
  division?: DivisionLevel;
};

// A run of capitalised words, allowing "St."/"Mt."/"Ft." and lower-case particles inside ("Dar es Salaam",
// "Mocímboa da Praia", "Foz do Iguaçu", "Mar del Plata"): the gazetteer's longest known name is read.
// Arabic names also open with the article, hyphenated and lower case as wires write it ("al-Mayadin",
// "ar-Raqqa", the sun letters assimilating it), and carry it inside after a hyphen ("Deir ez-Zor"); unhyphenated,
// "as"/"at"/"an" are English words, so only the hyphenated forms count.
const NAME_RUN = new RegExp(
  String.raw`(?:(?:St|Mt|Ft)\.\s*|(?<![\p{L}-])(?:${ARABIC_ARTICLE})-(?=\p{Lu}))?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:al|el|de|du|da|do|dos|das|di|del|la|le|es|of|upon|on)[\s-]+|(?:ad|an|ar|as|ash|at|az|ed|en|er|et|ez)-)?(?:(?:St|Mt|Ft)\.\s*)?\p{Lu}[\p{L}'’-]*){0,4}`,
  "gu",
);
// Words a capitalised run may start with that are never part of the place name ("In Baghdad").
const LEADING_FUNCTION_WORD =
  /^(?:The|In|At|On|From|To|Near|For|But|And|Or|As|By|With|After|Before|During|Since|When|While|An?|This|That|Of|Outside|Across|Into|Inside|Both|Meanwhile|Across|Around|Throughout|Between|Toward|Towards|Like|Including|Unlike|Via|Also|Even|Only|Then|Today|Yesterday|Tonight)$/;

// Words of a run; a hyphen before a capital also parts words ("Fenton-Marshfield", "Dover-Kent County"),
// but not after a lower-case particle ("al-Baini"). A name known whole ("Winston-Salem") is still found,
// since names are read from the run's text.
const WORD = /(?:\p{Ll}+-)*[^\s-]+(?:-(?!\p{Lu})[^\s-]*)*/gu;

export function findNameCandidates(
  text: string,
  locSpans: readonly Span[],
  gazetteer: Gazetteer,
  lex: PlacesLexicons,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (const match of findAllMatches(text, NAME_RUN)) {
    const words = findAllMatches(match[0], WORD);
    let i = 0;
    while (i < words.length && LEADING_FUNCTION_WORD.test(words[i][0])) i++;
    const directional = i === 0 ? findDirectionalName(text, match.index!, match[0], words, gazetteer) : undefined;
    if (directional) {
      const end = match.index! + directional.endOffset;
      const candidate = makeCandidate(text, directional.start, end, directional, locSpans, false, true, lex);
      candidate.evidence.add("direction");
      candidates.push(candidate);
      i = directional.nextWord;
    }
    while (i < words.length) {
      // A lower-case particle ("al-", "de") opens no name, unless the run opens with the article joined to one
      // ("al-Bab"); inside a run ("Bir al-Abed") it belongs to the name before it.
      const opensRun = i === 0 || LEADING_FUNCTION_WORD.test(words[i - 1][0]);
      const isParticle = /^\p{Ll}/u.test(words[i][0]) && !(opensRun && ARTICLE_JOINED.test(words[i][0]));
      const found = isParticle ? undefined : findLongestKnown(match[0], words, i, gazetteer);
      if (!found) {
        i++;
        continue;
      }
      const start = match.index! + words[i].index!;
      const end = match.index! + found.endOffset;
      const isRunStart = i === 0 || LEADING_FUNCTION_WORD.test(words[i - 1][0]);
      // "Mopti Region", "Nangarhar Province": a division word ending the run is no longer name; nor is a day
      // the run reached through a particle ("El Fasher on Tuesday").
      const rest = match[0].slice(found.endOffset);
      const isPrefix = rest.length > 0 && !lex.divisionWords.has(rest.trim().toLowerCase()) && !isDayAfter(rest);
      candidates.push(makeCandidate(text, start, end, found, locSpans, isPrefix, isRunStart, lex));
      i = found.nextWord;
    }
  }
  markHyphenPairs(candidates, text, lex);
  // A part of a hyphenated name is a place only beside another place ("Ebola-Reston", "Ruiz-Vega" are not).
  const kept = candidates.filter((c) => c.evidence.has("hyphen-pair") || !isHyphenPart(c, text));
  const abbreviations = findAbbreviations(text, gazetteer);
  const divisions = findDivisionAbbreviations(text, gazetteer).filter((d) => !overlapsAny(abbreviations, d));
  const extra = [
    ...abbreviations,
    ...divisions,
    ...findPartyHomes(text, gazetteer),
    ...findCountyLists(text, gazetteer),
  ];
  return [...kept.filter((c) => !overlapsAny(extra, c)), ...extra];
}

/** " on Tuesday", " on March": a lower-case particle and a calendar word after a name. */
function isDayAfter(rest: string): boolean {
  const [particle, word] = rest.trim().split(/\s+/);
  return /^\p{Ll}/u.test(particle) && CALENDAR_WORD.test(word ?? "");
}

/**
 * "Fenton-Marshfield", "Athens-Clarke", "Wisconsin-Milwaukee": two known places joined by a hyphen name a
 * place pair (a merged district, a route, a campus), so each part is a place. Two given names ("Jean-Paul")
 * or a pair after a given name ("Pablo Ruiz-Vega") are a person's.
 */
function markHyphenPairs(candidates: Candidate[], text: string, lex: PlacesLexicons) {
  const words = lex.words;
  for (let k = 1; k < candidates.length; k++) {
    const [a, b] = [candidates[k - 1], candidates[k]];
    if (b.start !== a.end + 1 || text[a.end] !== "-" || !isKnown(a) || !isKnown(b)) continue;
    // "Tessit-Nord", "Kaya-Sud": a direction after the hyphen names a part of the town, or a namesake the
    // gazetteer lacks, and no region called "North": neither part is a place on its own.
    if (lex.directionRegionNames.has(foldAlias(b.name))) continue;
    if (isGivenName(a.name, words) && isGivenName(b.name.split(/\s+/)[0], words)) continue;
    // "Pablo Ruiz-Vega": a double surname after a given name.
    const before = /(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, a.start - 20), a.start));
    if (before && isGivenName(before[1], words)) continue;
    a.evidence.add("hyphen-pair");
    b.evidence.add("hyphen-pair");
  }
}

function isHyphenPart(c: Candidate, text: string): boolean {
  return (
    /^-\p{Lu}/u.test(text.slice(c.end, c.end + 2)) || /\p{L}-$/u.test(text.slice(Math.max(0, c.start - 2), c.start))
  );
}

function isKnown(c: Candidate): boolean {
  return c.places.length > 0 || !!c.region || !!c.countryIso3;
}

type Known = {
  name: string;
  places: GazetteerPlace[];
  region?: WorldRegion;
  countryIso3?: string;
  endOffset: number;
  nextWord: number;
};

/** "northern Kivu": the longest name of the run that, after the direction word before it, is a division. */
function findDirectionalName(
  text: string,
  runStart: number,
  run: string,
  words: RegExpMatchArray[],
  gazetteer: Gazetteer,
): (Known & { start: number }) | undefined {
  const direction = findDirectionBefore(text, runStart);
  if (!direction) return undefined;
  for (let j = words.length - 1; j >= 0; j--) {
    const name = run.slice(0, words[j].index! + words[j][0].length).replace(/[’']s$/, "");
    const division = findDirectionDivision(direction, name, gazetteer);
    if (division) return { ...division, endOffset: name.length, nextWord: j + 1 };
  }
  return undefined;
}

function findLongestKnown(
  run: string,
  words: RegExpMatchArray[],
  from: number,
  gazetteer: Gazetteer,
): Known | undefined {
  for (let j = words.length - 1; j >= from; j--) {
    const endOffset = words[j].index! + words[j][0].length;
    // "Baghdad's", "Atlanta-area", "Erbil-based": the place is the name before the ending.
    const name = run
      .slice(words[from].index!, endOffset)
      .replace(/[’']s$|-(?:area|based|born|bound|region|wide)$/i, "");
    if (gazetteer.isNotPlace(name)) return { name, places: [], endOffset, nextWord: j + 1 };
    const region = gazetteer.lookupRegion(name);
    const places = gazetteer.lookupPlace(name);
    const countryIso3 = countryByName(name)?.iso3;
    if (region || places.length > 0 || countryIso3)
      return { name, places, region, countryIso3, endOffset: words[from].index! + name.length, nextWord: j + 1 };
  }
  return undefined;
}

function makeCandidate(
  text: string,
  start: number,
  end: number,
  known: Known,
  locSpans: readonly Span[],
  isPrefix: boolean,
  isRunStart: boolean,
  lex: PlacesLexicons,
): Candidate {
  const evidence = new Set<Evidence>(["bare"]);
  if (isLocativeFrame(text, start)) evidence.add("locative");
  if (isPairFrame(text, end)) evidence.add("pair");
  // "Oxford Police", but not "Dover Central High School": the place opens the institution's name.
  if (isRunStart && isInstitutionFrame(text, end, known.name, lex)) evidence.add("institution");
  // "New York state", "the state of Washington", "Mopti region": the state or province, not its city.
  const division = findDivisionWord(text, start, end, lex.divisionWords);
  if (division === "admin1") evidence.add("state-word");
  // Only a LOC span that is this very name: "Road" inside "Dublin Road" is not a place of its own.
  if (locSpans.some((s) => s.end === end && /^(?:the\s+)?$/i.test(text.slice(s.start, start))))
    evidence.add("loc-entity");
  const after = text.slice(end, end + 30);
  return {
    start,
    end,
    name: known.name,
    places: known.places,
    region: known.region,
    countryIso3: known.countryIso3,
    evidence,
    isPrefix,
    hasCapitalisedNext: /^\s+\p{Lu}\p{Ll}/u.test(after) && !division,
    ...(division ? { division } : {}),
  };
}

/** The level of a division word right after the name ("Kunduz province") or before it with "of" ("the province of Kunduz"). */
function findDivisionWord(
  text: string,
  start: number,
  end: number,
  words: ReadonlyMap<string, DivisionLevel>,
): DivisionLevel | undefined {
  const after = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 20))?.[1];
  const before = /\b(\p{L}+)\s+of\s+$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  const listed = LISTED_NAMES_AFTER.exec(text.slice(end, end + LISTED_CHARS))?.[1];
  const plural = listed && listed.endsWith("s") ? words.get(listed.toLowerCase()) : undefined;
  return words.get(after?.toLowerCase() ?? "") ?? words.get(before?.toLowerCase() ?? "") ?? plural;
}

// "the Kyiv and Odesa regions", "Gao, Kidal and Timbuktu regions": names listed before a plural division word
// each have its level. One or two capitalised words a name; the plural is checked by the caller.
const LISTED_NAME = "\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*)?";
const LISTED_NAMES_AFTER = new RegExp(
  `^(?:,\\s${LISTED_NAME}){0,4},?\\s(?:and|or)\\s${LISTED_NAME}\\s(\\p{Ll}+)\\b`,
  "u",
);
/** Enough for five names of two words each. */
const LISTED_CHARS = 160;

/**
 * "Charleston, W.Va.", "Rep. Barbara Lee, D-Calif.": a state abbreviation after a comma or a party letter
 * names the state. A long dotted form ("Mass.", "Tenn.", "N.Y.") is no other word, so it needs neither.
 */
function findAbbreviations(text: string, gazetteer: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  for (const m of findAllMatches(text, gazetteer.stateAbbreviationPattern())) {
    const isFramed = /(?:,\s*|\b(?:D|R|I|DFL)-)$/.test(text.slice(Math.max(0, m.index! - 4), m.index!));
    if (!isFramed && !(m[0].length >= 4 && m[0].endsWith("."))) continue;
    const state = gazetteer.expandStateAbbreviation(m[0].replace(/\s+/g, " "));
    const places = state ? gazetteer.lookupPlace(state).filter((p) => p.iso2 === "US" && p.featureCode === "ADM1") : [];
    if (places.length === 0) continue;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      name: state!,
      places,
      evidence: new Set(["abbreviation"]),
      isPrefix: false,
      hasCapitalisedNext: false,
    });
  }
  return out;
}

/** "NSW and Queensland", "Regina, Sask.", "Fresno, CA": a division's abbreviation, bare where it is no other word. */
function findDivisionAbbreviations(text: string, gazetteer: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  for (const m of findAllMatches(text, gazetteer.divisionAbbreviationPattern())) {
    const abbreviation = gazetteer.lookupDivisionAbbreviation(m[0])!;
    const isFramed = /(?:,\s*|\b(?:D|R|I)-)$/.test(text.slice(Math.max(0, m.index! - 4), m.index!));
    if (!isFramed && !abbreviation.isBare) continue;
    const places = gazetteer
      .lookupPlace(abbreviation.division)
      .filter((p) => p.iso2 === abbreviation.iso2 && p.featureCode === "ADM1");
    if (places.length === 0) continue;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      name: abbreviation.division,
      places,
      evidence: new Set(["abbreviation"]),
      isPrefix: false,
      hasCapitalisedNext: false,
    });
  }
  return out;
}

// "Rep. Jane Roe, D-Fresno": US news names a legislator's party and home town.
const PARTY_HOME = /\b(?:D|R|I|DFL)-(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/gu;

/** The home town after a party letter: a place, but part of how a person is named, not a location mention. */
function findPartyHomes(text: string, gazetteer: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  for (const m of findAllMatches(text, PARTY_HOME)) {
    const start = m.index! + m[0].length - m[1].length;
    const words = m[1].split(/\s+/);
    for (let n = words.length; n > 0; n--) {
      const name = words.slice(0, n).join(" ");
      const places = gazetteer.lookupPlace(name).filter((p) => p.iso2 === "US");
      if (places.length === 0) continue;
      out.push({
        start,
        end: start + name.length,
        name,
        places,
        evidence: new Set(["pair", "party-home"]),
        isPrefix: false,
        hasCapitalisedNext: false,
      });
      break;
    }
  }
  return out;
}

// "Adams and Pike counties", "Clay, Lee and Polk counties": each name is a county.
const COUNTY_LIST =
  /((?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:\s*,\s*|\s+and\s+|\s*&\s*)){1,6}\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+(counties|parishes)\b/gu;

function findCountyLists(text: string, gazetteer: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  // The pattern tries a list at every capitalised word; without its closing word it can match nowhere.
  if (!text.includes("counties") && !text.includes("parishes")) return out;
  for (const m of findAllMatches(text, COUNTY_LIST)) {
    const kind = m[2] === "parishes" ? "Parish" : "County";
    for (const part of findAllMatches(m[1], /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?/gu)) {
      const places = gazetteer.lookupPlace(`${part[0]} ${kind}`).filter((p) => p.featureCode === "ADM2");
      if (places.length === 0) continue;
      const start = m.index! + part.index!;
      out.push({
        start,
        end: start + part[0].length,
        name: `${part[0]} ${kind}`,
        places,
        evidence: new Set(["locative"]),
        isPrefix: false,
        hasCapitalisedNext: false,
      });
    }
  }
  return out;
}
