// Toponyms that are not location mentions: a country named as an adjective ("Kenyan citizens", "Georgian
// troops", "Americans") and a place inside an organisation's name ("Atlanta Police Department", "Ohio
// Department of Development"). A geoparser finds and places them (annotated corpora such as LGL count
// them), but an event did not happen there, so they get their own labels (ADJECTIVAL, IN_NAME) that the
// events stage does not read as locations.

import { countryByIso3 } from "../../countries.js";
import type { LayerSpan, Span } from "../../doc.js";
import { foldAlias } from "../../text/fold-alias.js";
import type { Gazetteer } from "../../text/gazetteer/gazetteer.js";
import { overlaps, overlapsAny } from "../../text/span-overlap.js";
import { acceptCandidate } from "./accept-candidate.js";
import { findActorCountries } from "./find-actor-countries.js";
import type { Candidate } from "./find-name-candidates.js";
import { findPlaceDemonyms } from "./find-place-demonyms.js";
import { countrySpan } from "./make-place-span.js";
import type { PlacesLexicons } from "./places-lexicons.js";
import type { PlacesSettings } from "./settings.js";
import { isCommonWord, isGivenName, type WordLists } from "./word-lists.js";

// Labels of names a place can be part of; a person's name ("Paris Hilton") is not read for places.
const ORGANISATION_LABELS = new Set(["ORG", "ACTOR"]);
const NOT_A_NAME_PART = new Set(["PERSON", "NORP", "DATE"]);

/**
 * A country span (label ADJECTIVAL) for each demonym the entities layer found ("Kenyan", "Israelis"), and
 * the demonyms of other places and unlabelled peoples the text names ("Ohioans", "Czechs").
 */
export function findAdjectivalCountries(
  entities: readonly LayerSpan<"entities">[],
  text: string,
  gazetteer: Gazetteer,
  lex: PlacesLexicons,
): LayerSpan<"places">[] {
  const byDemonym = lex.countryDemonyms;
  const spans: LayerSpan<"places">[] = [];
  for (const e of entities) {
    if (e.label !== "NORP" && e.label !== "MISC") continue;
    const iso3 =
      byDemonym.get(text.slice(e.start, e.end)) ?? (e.label === "NORP" ? e.data?.iso3 || undefined : undefined);
    if (iso3)
      spans.push(countrySpan({ start: e.start, end: e.end, by: "places/demonym" }, iso3, gazetteer, "adjectival"));
  }
  const plurals = lex.pluralDemonyms;
  const demonyms = [...spans, ...findPlaceDemonyms(text, spans, plurals, entities, gazetteer, lex.placeDemonyms)];
  return [...demonyms, ...findActorCountries(entities, text, gazetteer).filter((a) => !overlapsAny(demonyms, a))];
}
/**
 * A "person" with no given name in it that holds a big city or a state is a misread name ("Metropolitan
 * Atlanta", "the Cleveland Republican"): its place is kept as a name part. "Paris Hilton" has a given name.
 */
function isMisreadPerson(b: Span, c: Candidate, text: string, bigCityPopulation: number, words: WordLists): boolean {
  if (b.label !== "PERSON") return false;
  // The place's own words may be a given name too ("Atlanta"); acceptCandidate judges those.
  const others = (text.slice(b.start, c.start) + " " + text.slice(c.end, b.end)).split(/\s+/).filter(Boolean);
  return (
    !others.some((w) => isGivenName(w, words)) &&
    c.places.some((p) => p.featureCode === "ADM1" || p.population >= bigCityPopulation)
  );
}

/**
 * "Chile's new envoy", "met Peru's minister": a country's name that another layer took for a
 * person's whole name. A country named like a person ("Jordan", "Chad", "Georgia") stays a person.
 */
function isCountryReadAsPerson(c: Candidate, over: readonly Span[], words: WordLists): boolean {
  return (
    !!c.countryIso3 &&
    over.length > 0 &&
    over.every((b) => b.label === "PERSON" && b.start === c.start && b.end === c.end) &&
    !isGivenName(c.name, words)
  );
}

/**
 * A name a local institution is named for ("Oxford Police", "Marlow County Jail"), a county named with
 * its word ("Birch County Water Board") or one of two places joined by a hyphen ("Fenton-Marshfield"):
 * no person is called that, whatever another layer read.
 */
function isInstitutionName(c: Candidate): boolean {
  return (
    c.evidence.has("institution") ||
    c.evidence.has("hyphen-pair") ||
    (/\s(?:County|Parish)$/.test(c.name) && c.places.some((p) => p.featureCode === "ADM2"))
  );
}

/**
 * "Hamas", "Wagner": an organisation whose whole name is the place's name is that organisation, not a place
 * inside its name. It names no place at all when the actor lexicon knows it, or when the place bears the
 * name only as an alternate one (GeoNames lists "Hamas" among Hamm's names); "Kansas City Power & Light" and
 * "Oxford Police" hold a place by its own name and keep it. A known group's name holds no place outside its
 * home country.
 */
function isOrganisationItself(b: Span, c: Candidate): boolean {
  if (!ORGANISATION_LABELS.has(b.label) || c.countryIso3 || c.places.length === 0) return false;
  const isKnownActor = b.label === "ACTOR" && b.by === "entities/actor-lexicon";
  if (isKnownActor && !isHomePlace(b, c)) return true;
  const isWhole = b.start === c.start && b.end === c.end;
  return isWhole && (isKnownActor || c.places.every((p) => foldAlias(p.name) !== foldAlias(c.name)));
}

/**
 * A place in a known group's name lies in the group's home country ("Kirkuk Brigade" in Iraq); "Boko" in
 * "Boko Haram" reads only as a town in Kazakhstan, so it is none. A group with no home country keeps it.
 */
function isHomePlace(b: Span, c: Candidate): boolean {
  const iso3 = (b.data as { iso3?: string } | undefined)?.iso3;
  const home = iso3 ? countryByIso3(iso3)?.iso2 : undefined;
  return !home || c.places.some((p) => p.iso2 === home);
}

/**
 * Candidates the location rules turned down only because they open a longer name or lie inside an
 * organisation's name: the words still name a place ("Kansas City Power & Light"). Anything inside a
 * person's name, a nationality or a date stays out.
 */
export function findNamePartCandidates(
  all: readonly Candidate[],
  kept: readonly Candidate[],
  blockers: readonly Span[],
  text: string,
  surnames: ReadonlySet<string>,
  settings: PlacesSettings,
  words: WordLists,
): Candidate[] {
  return all.filter((c) => {
    if (kept.includes(c)) return false;
    const over = blockers.filter((b) => overlaps(b, c));
    if (isCountryReadAsPerson(c, over, words)) return true;
    const isInstitution = isInstitutionName(c);
    if (
      over.some(
        (b) =>
          NOT_A_NAME_PART.has(b.label) &&
          !(isInstitution && b.label === "PERSON") &&
          !isMisreadPerson(b, c, text, settings.bigCityPopulation, words),
      )
    )
      return false;
    // "Near East", "Middle East": an ordinary word inside a name is no place of its own ("Oxford Police" is).
    if (!c.name.includes(" ") && isCommonWord(c.name, words) && !isInstitution) return false;
    if (over.some((b) => isOrganisationItself(b, c))) return false;
    const isInOrganisation = over.some((b) => ORGANISATION_LABELS.has(b.label));
    if (
      !c.isPrefix &&
      !isInOrganisation &&
      !isInstitution &&
      !over.some((b) => isMisreadPerson(b, c, text, settings.bigCityPopulation, words))
    )
      return false;
    // A given name followed by another capitalised word is a person ("Austin Smith") unless an organisation's name holds it.
    return acceptCandidate(
      { ...c, isPrefix: false, hasCapitalisedNext: c.hasCapitalisedNext && !isInOrganisation && !isInstitution },
      text,
      surnames,
      settings,
      words,
    );
  });
}
