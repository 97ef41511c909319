// Whether a capitalised name the gazetteer knows is used as a place here. A locative frame ("in X",
// "near X"), a "Town, State" pair, the entities layer's LOC label, a state abbreviation or a local
// institution named for it ("Oxford Police") is strong evidence, as is a second place joined by a hyphen
// ("Fenton-Marshfield"). Without it a name must not look like an ordinary word, an acronym or a person's
// name, and must be the whole capitalised run ("Utah Bureau of Mines" is an organisation).

import { findAllMatches } from "../../text/find-all-matches.js";
import { CALENDAR_WORD } from "./calendar-word.js";
import type { Candidate } from "./find-name-candidates.js";
import type { PlacesSettings } from "./settings.js";
import { isCommonWord, isGivenName, type WordLists } from "./word-lists.js";

const PERSON_TITLE_BEFORE =
  /\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Maj|Rev|Prof|President|Judge|Officer|Sheriff|Chief|Deputy|Coach|Detective|Minister|King|Queen|Prince|Saint|St)\.?\s+$/;
// Words for a kind of geographic feature that a few small towns also bear as their whole name ("Port", France).
const FEATURE_WORD =
  /^(?:Port|Gulf|Bay|Lake|Isle|Island|Mount|Cape|Strait|Straits|Sea|River|Valley|Harbor|Harbour|Coast)$/;
// "Obama said", "said Moore": a single name that speaks is a person.
const SPEECH_AFTER = /^\s+(?:said|says|told|added|wrote|asked|explained|noted|stated)\b/;
const SPEECH_BEFORE = /\b(?:said|says|told|according to)\s+$/;

export function isStrongEvidence(c: Candidate): boolean {
  return (
    c.evidence.has("locative") ||
    c.evidence.has("pair") ||
    c.evidence.has("loc-entity") ||
    c.evidence.has("abbreviation") ||
    c.evidence.has("institution") ||
    c.evidence.has("hyphen-pair")
  );
}

export function acceptCandidate(
  c: Candidate,
  text: string,
  surnames: ReadonlySet<string>,
  settings: PlacesSettings,
  lists: WordLists,
): boolean {
  if (c.places.length === 0 && !c.region && !c.countryIso3) return false;
  if (c.evidence.has("abbreviation")) return true;
  const words = c.name.split(/\s+/);
  const first = words[0];
  if (PERSON_TITLE_BEFORE.test(text.slice(Math.max(0, c.start - 15), c.start))) return false;
  // "Birch County", "Acadia Parish": the word makes it a place, whoever else bears the name.
  if (/\s(?:County|Parish)$/.test(c.name) && c.places.some((p) => p.featureCode === "ADM2")) return true;
  if (isGivenName(first, lists) && !PLACE_NAME_OPENER.test(first) && c.hasCapitalisedNext && !c.evidence.has("pair"))
    return false;
  if (words.length === 1 && surnames.has(c.name) && !isMajorPlace(c, settings.bigCityPopulation)) return false;
  if (/^\p{Lu}{2,5}$/u.test(c.name) && !c.evidence.has("pair")) return false; // an acronym: UN, BBC, CDC (even if tagged LOC)
  if (CALENDAR_WORD.test(c.name)) return false;
  // "Port of Los Angeles", "Gulf of Mexico": the feature word opens a longer name; the place is the one after "of".
  if (words.length === 1 && FEATURE_WORD.test(c.name) && /^\s+of\s+\p{Lu}/u.test(text.slice(c.end, c.end + 8)))
    return false;
  // "Sen. Jones", "Gov. Smith": a short name before a full stop and a capital is a title's abbreviation, unless
  // a preposition puts it where something happened: "in Gao. The army said" ends a sentence.
  if (c.name.length <= 4 && !c.evidence.has("locative") && /^\.\s+\p{Lu}/u.test(text.slice(c.end, c.end + 3)))
    return false;
  if (
    words.length === 1 &&
    !isStrongEvidence(c) &&
    !isMajorPlace(c, settings.bigCityPopulation) &&
    (SPEECH_AFTER.test(text.slice(c.end, c.end + 12)) ||
      SPEECH_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start)))
  )
    return false;
  if (c.region || c.countryIso3) return true;
  if (isStrongEvidence(c)) return !c.isPrefix || c.evidence.has("locative") || c.evidence.has("loc-entity");
  if (c.isPrefix) return false;
  if (words.length === 1 && isCommonWord(c.name, lists)) return false;
  if (words.length === 1 && isGivenName(c.name, lists) && !isMajorPlace(c, settings.bigCityPopulation)) return false;
  if (c.places.some((p) => p.featureCode === "ADM1" || p.featureCode === "ADM2")) return true;
  return c.places[0].population >= settings.minBarePopulation;
}

/** A state, province or big city: outranks a reading as someone's surname or given name. */
function isMajorPlace(c: Candidate, bigCityPopulation: number): boolean {
  return c.places.some((p) => p.featureCode === "ADM1" || p.population >= bigCityPopulation);
}

// First words of place names that the given-name list also holds ("North Texas", "Lake Charles").
const PLACE_NAME_OPENER =
  /^(?:North|South|East|West|Central|Upper|Lower|New|Old|Fort|Port|Lake|Mount|Saint|San|Santa|Los|Las|El|La|Le|Glen|Rock|Grand|Little|Big|Royal)$/;

/** Last words of "Given Surname" runs: "Bush" after "George Bush" is the person, not a town. */
export function findSurnames(text: string, lists: WordLists): Set<string> {
  const surnames = new Set<string>();
  // The surname may be mixed-case ("McDaniel", "DeLoach"), and a middle initial or a quoted nickname may
  // stand between ("Robert T. “Big Rob” Hale").
  for (const m of findAllMatches(
    text,
    /\b(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\.\s+)?(?:["“][^"”\n]{1,30}["”]\s+)?(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?)\b/gu,
  )) {
    if (isGivenName(m[1], lists) && !PLACE_NAME_OPENER.test(m[1]) && !isGivenName(m[2], lists)) surnames.add(m[2]);
  }
  for (const m of findAllMatches(
    text,
    /\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Sgt|Capt|Maj|Lt|Rev|Prof)\.?\s+(\p{Lu}\p{Ll}+)\b/gu,
  ))
    surnames.add(m[1]);
  // A rank or office before two names: both are the person's ("Patrolman Dan Ross", "Sgt. Bill Mayes").
  for (const m of findAllMatches(
    text,
    /\b(?:Patrolman|Patrolwoman|Officer|Deputy|Detective|Trooper|Sergeant|Sgt|Lt|Lieutenant|Capt|Captain|Investigator|Agent|Judge|Coach|Sen|Rep|Gov)\.?\s+(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\.\s+)?(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?)\b/gu,
  ))
    surnames.add(m[2]);
  return surnames;
}
