// Places: every toponym the report names, resolved to a point with its precision. Candidates come from
// the entities layer (COUNTRY and LOC spans), capitalised names the gazetteer knows, US state
// abbreviations, border phrases and the dateline; refiners then drop names used as something else and
// choose among same-named places in two passes: the first by size and named countries, the second also
// by the country most places lie in, the states named, "Town, State" pairs and proximity. Last, a reading on
// another continent from every country the report names needs explicit evidence (drop-far-readings.ts),
// and a region named by a direction word ("the East region") is one of the report's own countries' (confine-direction-regions.ts).

import { countryByIso3, countryByName } from "../../countries.js";
import { type Doc, type LayerSpan, type Span, spansOf, withLayer } from "../../doc.js";
import type { Stage } from "../../stage.js";
import { foldAlias } from "../../text/fold-alias.js";
import { distanceKm } from "../../text/gazetteer/distance-km.js";
import type { Gazetteer, GazetteerPlace } from "../../text/gazetteer/gazetteer.js";
import { rememberLookups } from "../../text/gazetteer/remember-lookups.js";
import { overlaps, overlapsAny } from "../../text/span-overlap.js";
import { acceptCandidate, findSurnames, isStrongEvidence } from "./accept-candidate.js";
import { confineDirectionRegions } from "./confine-direction-regions.js";
import { dropFarReadings, reportContinents } from "./drop-far-readings.js";
import { dropUnanchoredReadings } from "./drop-unanchored-readings.js";
import { dropUnnamedCountryAliases } from "./drop-unnamed-country-aliases.js";
import { findBorderRegions } from "./find-border-regions.js";
import { type Container, type Containers, findContainers } from "./find-containers.js";
import { findDatelines } from "./find-datelines.js";
import { findMunicipalNames } from "./find-municipal-names.js";
import { type Candidate, findNameCandidates } from "./find-name-candidates.js";
import { findAdjectivalCountries, findNamePartCandidates } from "./find-name-parts.js";
import { isBigPlaceReadAsPerson, isCountryReadAsPerson } from "./is-country-read-as-person.js";
import { isPersonGuess } from "./is-person-guess.js";
import { countrySpan, districtSpan, gazetteerSpan, regionSpan } from "./make-place-span.js";
import { measureNearbySupport } from "./measure-nearby-support.js";
import { loadPlacesLexicons, type PlacesLexicons } from "./places-lexicons.js";
import { isInside, type PlaceContext, rankPlaces } from "./rank-places.js";
import { readAppositiveFrame } from "./read-appositive-frame.js";
import { PLACES_SETTINGS, type PlacesSettings } from "./settings.js";

// Entity labels that make an overlapping name something other than a place ("Iraqi military", "Paris Hilton").
const BLOCKING_LABELS = new Set(["ACTOR", "NORP", "PERSON", "ORG"]);
const NEXT_WORD = /^\s+(\p{L}+)/u;
const SEA = /\b(?:Sea|Ocean|Gulf|Mediterranean|Atlantic|Pacific)\b/;
// ACLED inter codes of actors whose home country ranks readings: state forces (1) and rebel, political and
// identity militias (2-4) mostly fight at home ("al-Shabaab": Somalia). External forces (8: Wagner, a foreign
// army) fight abroad. Only the non-state groups also put the report on their continent (drop-far-readings.ts).
const HOME_FIGHTERS = [1, 2, 3, 4];
const LOCAL_GROUPS = [2, 3, 4];

type Resolved = { candidate: Candidate; place?: GazetteerPlace };
/** A country named in the text: an entities span, or a name only the gazetteer knew. */
type CountryMention = Span<{ iso3?: string }>;

export function findPlaces(
  doc: Doc,
  gazetteer: Gazetteer,
  lex: PlacesLexicons,
  settings: PlacesSettings = PLACES_SETTINGS,
): LayerSpan<"places">[] {
  const text = doc.text;
  const entities = spansOf(doc, "entities");
  // The recogniser's people and organisations block outright, strong framing or not: a name it reads
  // as a militia or a person ("the Kidal Brigade", "Ms Sabratha") is never a town. The layer is optional
  // (pipelines built without resources have none), so it is not among the stage's needs.
  const named = spansOf(doc, "ner").filter((s) => s.label === "PER" || s.label === "ORG");
  const blockers = [...entities.filter((e) => BLOCKING_LABELS.has(e.label)), ...spansOf(doc, "dates"), ...named];
  const demonymsOfNouns = new Set(entities.filter((e) => isDemonymOfNoun(e, text, lex.divisionWords)));
  const borders = findBorderRegions(text, gazetteer, lex.countryNames);
  const surnames = findSurnames(text, lex.words);
  const all = findNameCandidates(
    text,
    entities.filter((e) => e.label === "LOC"),
    gazetteer,
    lex,
  ).filter((c) => !overlapsAny(borders, c));
  // "Oxford Street", "Deerpark Road", "the Dnipro river": a street or river named for a place, not the place.
  const isStreetName = (c: Candidate) =>
    lex.streetWords.test(text.slice(c.end, c.end + 12)) || lex.waterWords.test(text.slice(c.end, c.end + 8));
  const isPerson = (c: Candidate) => isPersonGuess(c, entities, named, settings.bigCityPopulation);
  const ner = spansOf(doc, "ner");
  const isCountry = (b: Span, c: Candidate) =>
    isCountryReadAsPerson(b, c, ner) || isBigPlaceReadAsPerson(b, c, ner, settings.bigCityPopulation);
  const candidates = all.filter(
    (c) =>
      !isBlocked(c, blockers, demonymsOfNouns, isCountry) &&
      !isStreetName(c) &&
      !isPerson(c) &&
      acceptCandidate(c, text, surnames, settings, lex.words),
  );
  // A name part that holds a country name ("Marlow County") wins over it, as a located name does.
  const nameParts = findNamePartCandidates(all, candidates, blockers, text, surnames, settings, lex.words).filter(
    (c) => !entities.some((e) => e.label === "COUNTRY" && overlaps(c, e) && !covers(c, e)),
  );
  // A longer name wins over a country inside it: "New Mexico", "Mexico City".
  const countryEntities = entities.filter(
    (e) =>
      e.label === "COUNTRY" &&
      !overlapsAny(borders, e) &&
      !candidates.some((c) => covers(c, e) || isProvinceNotCountry(c, e, text)) &&
      !nameParts.some((c) => covers(c, e)),
  );
  // Country names the entities layer left unlabelled ("Kenya's") join the labelled ones.
  const countryNames = candidates.filter((c) => c.countryIso3 && !countryEntities.some((e) => overlaps(c, e)));
  const countries = [
    ...countryEntities,
    ...countryNames.map((c) => ({
      start: c.start,
      end: c.end,
      label: "COUNTRY",
      by: "places/country-name",
      data: { iso3: c.countryIso3 },
    })),
  ];
  const names = [
    ...candidates.filter((c) => !c.countryIso3 && !countries.some((e) => overlaps(c, e))),
    ...nameParts.filter((c) => !c.countryIso3),
  ];
  const isNamePart = new Set([...nameParts, ...candidates.filter((c) => c.evidence.has("party-home"))]);
  // "the Lebanese city of Tripoli": the appositive narrows the name's readings before any ranking. The
  // candidate gets a new array: the gazetteer's own (rememberLookups) is shared by every use of the name.
  for (const c of names) c.places = readAppositiveFrame(c, text, lex.appositive, lex.countryDemonyms);

  const namedCountries = new Set(countries.map((e) => iso2Of(e)).filter((c): c is string => !!c));
  const adjectival = findAdjectivalCountries(
    entities.filter((e) => !overlapsAny(names, e)),
    text,
    gazetteer,
    lex,
  );
  const demonymCountries = new Set(adjectival.map(iso2Of).filter((c): c is string => !!c));
  const actorCountries = findActorHomes(entities, HOME_FIGHTERS);
  const nearbySupport = measureNearbySupport(
    names.map((c) => ({ name: c.name, places: c.places, isFramed: isStrongEvidence(c) })),
    settings,
  );
  const municipalNames = findMunicipalNames(text, names, lex.municipal);
  const firstCtx: PlaceContext = {
    namedCountries,
    namedAdmin1: new Set(),
    points: [],
    admin1Names: admin1NamesOf(names),
    demonymCountries,
    actorCountries,
    groupCountries: findActorHomes(entities, LOCAL_GROUPS),
    nearbySupport,
    municipalNames,
    continents: lex.continents,
    settings,
    gazetteer,
  };
  const first = resolveAll(names, firstCtx, { byEnd: new Map(), strict: new Set() });
  const countryRefs = countries.map((e) => ({ start: e.start, end: e.end, iso2: iso2Of(e) }));
  const containersOf = (r: Resolved[]) => findContainers(r, countryRefs, text, lex.divisionWords);
  // Two refining passes: the second corrects places the first pinned by size alone ("Paris" in Texas news).
  let ctx = refineContext(firstCtx, first, countries, text);
  let resolved = resolveAll(names, ctx, containersOf(first));
  ctx = refineContext(firstCtx, resolved, countries, text);
  const containers = containersOf(resolved);
  resolved = readAsNamedCounty(settings.bigCityPopulation, resolveAll(names, ctx, containers));
  const datelines = findDatelines(text, ctx);
  // A rebel group's home is on the report's continent ("JNIM fighters near Boni": Africa, not Bonn).
  const reportCountries = [
    ...namedCountries,
    ...demonymCountries,
    ...findActorHomes(entities, LOCAL_GROUPS),
    ...datelines.map((d) => iso2Of(d)),
  ].filter((c): c is string => !!c);
  const near = reportContinents([...reportCountries, ...framedTownCountries(resolved)], lex.continents);
  resolved = dropFarReadings(resolved, near, lex.continents, ctx, containers.byEnd);
  resolved = dropUnnamedCountryAliases(resolved, new Set(reportCountries), ctx, containers.byEnd);
  resolved = dropUnanchoredReadings(resolved, near, lex.continents, ctx, containers.byEnd);
  resolved = confineDirectionRegions(resolved, lex.directionRegionNames, new Set(reportCountries), ctx);

  const spans: LayerSpan<"places">[] = [...borders, ...datelines, ...adjectival];
  // "the Kenya Red Cross said": a country opening a name the recogniser read as an organisation's is how that
  // organisation is named, not where something happened.
  const organisations = named.filter((s) => s.label === "ORG");
  for (const e of countries) {
    if (overlapsAny(datelines, e)) continue;
    const span = resolveCountry(e, text, ctx);
    const isNamePart =
      span.label === "COUNTRY" && organisations.some((o) => covers(o, e) && o.end - o.start > e.end - e.start);
    spans.push(isNamePart ? { ...span, label: "IN_NAME", data: { ...span.data!, role: "in-name" } } : span);
  }
  for (const c of nameParts)
    if (c.countryIso3)
      spans.push(
        countrySpan({ start: c.start, end: c.end, by: "places/country-name" }, c.countryIso3, gazetteer, "in-name"),
      );
  for (const { candidate: c, place } of resolved) {
    if (overlapsAny(datelines, c)) continue;
    const at = { start: c.start, end: c.end, by: c.region ? "places/regions" : "places/geonames" };
    if (place && isNamePart.has(c)) spans.push(gazetteerSpan(at, place, "IN_NAME"));
    else if (place && c.division === "admin2" && place.featureCode.startsWith("PPL"))
      spans.push(districtSpan(at, place));
    else if (place) spans.push(gazetteerSpan(at, place));
    else if (c.region) spans.push(regionSpan(at, c.region, SEA.test(c.region.name)));
  }
  return spans;
}

function resolveAll(candidates: Candidate[], ctx: PlaceContext, containers: Containers): Resolved[] {
  const rank = rankOncePerPass(ctx);
  const resolved = candidates.map((candidate) => {
    // A world region ("Europe") outranks a small town of the same name.
    if (candidate.region) return { candidate };
    const container = containers.byEnd.get(candidate.end);
    const states = candidate.evidence.has("state-word") ? statesNamed(candidate.places, ctx.gazetteer) : [];
    const readings = states.length > 0 ? states : candidate.places;
    const ranked = rank(candidate.name, readings, container as GazetteerPlace | undefined);
    if (!container) return { candidate, place: ranked[0] };
    if (!containers.strict.has(candidate.end))
      return { candidate, place: isListedFar(ranked, container, ctx) ? undefined : ranked[0] };
    return {
      candidate,
      place: ranked.find((p) => isInside(p, container)) ?? worldName(candidate, ranked[0], container, ctx),
    };
  });
  return shareSense(resolved, containers.byEnd);
}

/**
 * The states or provinces a name before a state word ("X region") may mean: its own ADM1 readings, else the
 * provinces whose seats bear the name ("Odesa region": the province is "Odeska" in the gazetteer).
 */
function statesNamed(places: readonly GazetteerPlace[], gazetteer: Gazetteer): GazetteerPlace[] {
  const own = places.filter((p) => p.featureCode === "ADM1");
  if (own.length > 0) return own;
  return places
    .filter((p) => p.featureCode === "PPLA" && p.admin1)
    .flatMap((seat) =>
      gazetteer
        .lookupPlace(seat.admin1)
        .filter((q) => q.featureCode === "ADM1" && q.iso2 === seat.iso2 && q.admin1 === seat.admin1),
    );
}

/**
 * rankPlaces for one pass: a report names its main places again and again, and the same name with the
 * same readings (one array per name: rememberLookups) and container ranks the same in one context, so
 * it is ranked once. The readings are scored one by one against every point of the context.
 */
function rankOncePerPass(ctx: PlaceContext) {
  const ranked = new Map<readonly GazetteerPlace[], Map<GazetteerPlace | undefined, Map<string, GazetteerPlace[]>>>();
  return (name: string, readings: readonly GazetteerPlace[], container: GazetteerPlace | undefined) => {
    const byContainer = ranked.get(readings) ?? new Map<GazetteerPlace | undefined, Map<string, GazetteerPlace[]>>();
    ranked.set(readings, byContainer);
    const byName = byContainer.get(container) ?? new Map<string, GazetteerPlace[]>();
    byContainer.set(container, byName);
    let order = byName.get(name);
    if (!order) byName.set(name, (order = rankPlaces(name, readings, ctx, container)));
    return order;
  };
}

/**
 * "Boni in Mali": no reading inside the place the text puts the name in, so the one left is a namesake
 * (Bonn lists "Boni" among its names) and the name is one the gazetteer lacks. A capital, a state or a big
 * city by its own name stays: "fighters from Aleppo in Turkey" misreads as containment. But not one on
 * another continent than the container: "Palma in Mozambique's Cabo Delgado" is no misreading of Majorca's
 * city, it is a Mozambican town the gazetteer lacks.
 */
function worldName(
  c: Candidate,
  p: GazetteerPlace | undefined,
  container: Container,
  ctx: PlaceContext,
): GazetteerPlace | undefined {
  if (!p || foldAlias(p.name) !== foldAlias(c.name) || isOnOtherContinent(p, container, ctx)) return undefined;
  const isWorldName =
    p.featureCode === "PPLC" || p.featureCode === "ADM1" || p.population >= ctx.settings.bigCityPopulation;
  return isWorldName ? p : undefined;
}

/**
 * "Palma, Cabo Delgado": a pair only ranks, since a list reads the same ("Gao, Mopti and Timbuktu"). But a
 * list joins places of one region, and when the name has no reading in the province after it and its best
 * lies on another continent, the pair names a town the gazetteer lacks: no point is better than a far one.
 * A country after the comma stays a ranking cue: lists of countries span continents.
 */
function isListedFar(ranked: readonly GazetteerPlace[], container: Container, ctx: PlaceContext): boolean {
  if (container.featureCode !== "ADM1" || ranked.length === 0 || ranked.some((p) => isInside(p, container)))
    return false;
  return isOnOtherContinent(ranked[0], container, ctx);
}

/** Both places' continents are known, and they differ. */
function isOnOtherContinent(a: { iso2: string }, b: { iso2: string }, ctx: PlaceContext): boolean {
  const [one, other] = [ctx.continents?.get(a.iso2), ctx.continents?.get(b.iso2)];
  return one !== undefined && other !== undefined && one !== other;
}

/**
 * One place per name in a report: once a "Town, State" pair has said which Louisville it is, every other
 * "Louisville" of the report is that one.
 */
function shareSense(resolved: Resolved[], containers: ReadonlyMap<number, Container>): Resolved[] {
  const paired = new Map<string, GazetteerPlace>();
  for (const r of resolved)
    if (r.place && containers.has(r.candidate.end)) paired.set(r.candidate.name.toLowerCase(), r.place);
  return resolved.map((r) => {
    const place = paired.get(r.candidate.name.toLowerCase());
    return place && r.place !== place && r.candidate.places.includes(place) ? { ...r, place } : r;
  });
}

/**
 * A report that names "Birch County" means that county by a bare "Birch" ("unincorporated Birch"):
 * a bare name read as a smaller town of another state takes the county's reading instead.
 */
function readAsNamedCounty(bigCityPopulation: number, resolved: Resolved[]): Resolved[] {
  const counties = new Map<string, GazetteerPlace>();
  for (const r of resolved) {
    const short = /^(.+)\s(?:County|Parish)$/.exec(r.candidate.name)?.[1];
    if (short && r.place?.featureCode === "ADM2") counties.set(short.toLowerCase(), r.place);
  }
  return resolved.map((r) => {
    const county = counties.get(r.candidate.name.toLowerCase());
    const p = r.place;
    if (!county || !p || p.featureCode === "ADM1" || p.featureCode === "PPLC" || p.population >= bigCityPopulation)
      return r;
    return p.iso2 === county.iso2 && p.admin1 === county.admin1 ? r : { ...r, place: county };
  });
}

/** For each "ISO2|admin1", the report's names that some place there bears (any reading, chosen or not). */
function admin1NamesOf(candidates: readonly Candidate[]): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const c of candidates) {
    for (const p of c.places) {
      if (!p.admin1) continue;
      const key = `${p.iso2}|${p.admin1}`;
      names.set(key, (names.get(key) ?? new Set()).add(c.name.toLowerCase()));
    }
  }
  return names;
}

function refineContext(
  base: PlaceContext,
  first: Resolved[],
  countries: readonly CountryMention[],
  text: string,
): PlaceContext {
  const votes = new Map<string, number>();
  const vote = (iso2: string | undefined, weight = 1) => iso2 && votes.set(iso2, (votes.get(iso2) ?? 0) + weight);
  // "Georgia" or "Jordan" may be a state or town of the country the other places lie in: it does not vote.
  // A country name votes once however often it is repeated: "a Palestine man ... Palestine police" in
  // Texas news must not outvote the county and state around the town.
  const unvoted = new Set(countries.map((e) => text.slice(e.start, e.end)));
  for (const e of countries)
    if (
      unvoted.delete(text.slice(e.start, e.end)) &&
      !isAlsoLocalName(text.slice(e.start, e.end), iso2Of(e), base.gazetteer)
    )
      vote(iso2Of(e));
  // "Lebanese soldiers clashed in Tripoli": a demonym says whose people the report is about, a weaker vote than
  // the country's name (settings.ts); without it a lone name's own first reading made its country dominant.
  for (const iso2 of base.demonymCountries ?? []) vote(iso2, base.settings.demonymCountryVote);
  // A name many countries have ("Paris", "Athens") says little about which country the report is in.
  for (const r of first) vote(r.place?.iso2, 1 / new Set(r.candidate.places.map((p) => p.iso2)).size);
  const dominant = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
  const admin1Votes = new Map<string, number>();
  for (const r of first) {
    if (!r.place?.admin1) continue;
    const key = `${r.place.iso2}|${r.place.admin1}`;
    admin1Votes.set(
      key,
      (admin1Votes.get(key) ?? 0) + 1 / new Set(r.candidate.places.map((p) => `${p.iso2}|${p.admin1}`)).size,
    );
  }
  const dominantAdmin1 = [...admin1Votes].sort((a, b) => b[1] - a[1])[0]?.[0];
  // A state is named by its name, or by a county no other state has ("Acadia Parish").
  const isStateNamed = (r: Resolved) =>
    r.place?.featureCode === "ADM1" || (r.place?.featureCode === "ADM2" && r.candidate.places.length === 1);
  const namedAdmin1 = new Set(first.filter(isStateNamed).map((r) => `${r.place!.iso2}|${r.place!.admin1}`));
  const points = first.filter((r) => r.place).map((r) => ({ name: r.candidate.name, point: r.place! }));
  const ctx: PlaceContext = { ...base, dominantCountry: dominant, dominantAdmin1, namedAdmin1, points };
  // A country name read as a state of the main country names that state ("Georgia communities").
  for (const e of countries) {
    const local = readLocally(e, text, ctx);
    if (local?.featureCode === "ADM1") namedAdmin1.add(`${local.iso2}|${local.admin1}`);
  }
  return ctx;
}

function isAlsoLocalName(name: string, iso2: string | undefined, gazetteer: Gazetteer): boolean {
  return gazetteer.lookupPlace(name).some((p) => p.iso2 !== iso2 && p.featureCode === "ADM1");
}

/**
 * A country name can mean a state or town of the document's main country ("Georgia" in a report about
 * Atlanta, "Lebanon" in Pennsylvania): take that reading when the main country is another one and the
 * same-named place is a state/province or lies near the other places named.
 */
function resolveCountry(e: CountryMention, text: string, ctx: PlaceContext): LayerSpan<"places"> {
  const at = { start: e.start, end: e.end, by: "places/world-countries" };
  const local = readLocally(e, text, ctx);
  if (local) return gazetteerSpan({ ...at, by: "places/geonames" }, local);
  return countrySpan(at, String(e.data?.iso3), ctx.gazetteer);
}

function readLocally(e: CountryMention, text: string, ctx: PlaceContext): GazetteerPlace | undefined {
  const iso2 = iso2Of(e);
  if (!ctx.dominantCountry || ctx.dominantCountry === iso2) return undefined;
  // "Egypt" beside "Egyptian": the country, not Egypt, Alabama.
  if (iso2 && ctx.demonymCountries?.has(iso2)) return undefined;
  const name = text.slice(e.start, e.end);
  const local = ctx.gazetteer.lookupPlace(name).filter((p) => p.iso2 === ctx.dominantCountry);
  const best = rankPlaces(name, local, ctx)[0];
  const isNear =
    best && ctx.points.some((o) => o.name !== name && distanceKm(o.point, best) <= ctx.settings.townReadingKm);
  return best && (best.featureCode === "ADM1" || isNear) ? best : undefined;
}

/** "Prince Edward Island" is a province that no country is called, whatever the entities layer guessed. */
function isProvinceNotCountry(c: Candidate, e: Span, text: string): boolean {
  return (
    c.start === e.start &&
    c.end === e.end &&
    c.places.some((p) => p.featureCode === "ADM1") &&
    !countryByName(text.slice(e.start, e.end))
  );
}

/** Home countries (ISO2) of the groups and forces of these ACLED inter codes the actor lexicon knows. */
function findActorHomes(entities: readonly Span<{ iso3?: string; inter?: number }>[], inters: readonly number[]) {
  const homes = entities.filter(
    (e) => e.label === "ACTOR" && e.by === "entities/actor-lexicon" && inters.includes(e.data?.inter ?? 0),
  );
  return new Set(homes.map(iso2Of).filter((c): c is string => !!c));
}

function iso2Of(e: CountryMention): string | undefined {
  return countryByIso3(String(e.data?.iso3))?.iso2;
}

/**
 * A person, organisation or actor name hides the places inside it ("Nevada Department of Parks").
 * A label on exactly the candidate's own words does not, when the text frames them as a place
 * ("Charleston, W.Va." with "W.Va." tagged as an organisation), unless it is `firm` (demonymsOfNouns).
 */
function isBlocked(
  c: Candidate,
  blockers: readonly Span[],
  firm: ReadonlySet<Span>,
  isCountry: (b: Span, c: Candidate) => boolean,
): boolean {
  return blockers.some(
    (b) =>
      overlaps(b, c) &&
      !isCountry(b, c) &&
      !(b.start === c.start && b.end === c.end && isStrongEvidence(c) && !isKnownActor(b) && !firm.has(b)) &&
      !isNationalityInside(b, c) &&
      !isNameAfterDirection(b, c),
  );
}

/** "northern Kivu": a name the recogniser guessed a person's is, after a direction word, a division's. */
function isNameAfterDirection(b: Span, c: Candidate): boolean {
  return c.evidence.has("direction") && b.start > c.start && b.end <= c.end && !isKnownActor(b);
}

/**
 * "in support of the Somali troops": a country's demonym before a common noun says whose the troops are,
 * however strongly the frame reads as a place; before a division word ("the Somali region") it may be one.
 */
function isDemonymOfNoun(e: LayerSpan<"entities">, text: string, divisionWords: ReadonlyMap<string, unknown>): boolean {
  if (e.label !== "NORP" || !e.data?.iso3) return false;
  const next = text.slice(e.end).match(NEXT_WORD)?.[1];
  return !!next && next === next.toLowerCase() && !divisionWords.has(next);
}

/**
 * A name the actor lexicon knows ("Taliban", "al-Shabab") names the group even after "at" or "in" ("aimed
 * at Taliban positions"): a homonymous village abroad is not what the text means. Names the entities
 * stage only guessed to be actors still yield to strong place framing.
 */
function isKnownActor(b: Span): boolean {
  return b.label === "ACTOR" && b.by === "entities/actor-lexicon";
}

/** "British" in "British Columbia", "Indian" in "Indian Ocean": a nationality word inside a longer place name. */
function isNationalityInside(b: Span, c: Candidate): boolean {
  return b.label === "NORP" && covers(c, b) && (c.places.length > 0 || !!c.region);
}

function covers(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start <= b.start && b.end <= a.end && a.end - a.start > b.end - b.start;
}

/** `gazetteer`: one per process (loadResources(); STAGES shares the one pipeline.ts opens). The stage's
 * other lexicons are read on its first document, once per stage. */
export function createPlacesStage(gazetteer: Gazetteer, settings: PlacesSettings = PLACES_SETTINGS): Stage {
  let lexicons: PlacesLexicons | undefined;
  return {
    name: "places",
    needs: ["sentences", "entities", "dates"],
    makes: ["places"],
    run: (doc: Doc) => {
      lexicons ??= loadPlacesLexicons();
      return withLayer(doc, "places", findPlaces(doc, rememberLookups(gazetteer), lexicons, settings));
    },
  };
}

/**
 * "killed four policemen in X": the country of a town the text frames as a place ("in X", "X, State") and
 * every reading of which lies in that one country. Its continent is the report's as surely as a country
 * named: "Fano fighters" beside it is no Italian town.
 */
function framedTownCountries(resolved: readonly Resolved[]): string[] {
  return resolved.flatMap(({ candidate: c, place }) => {
    const isFramed = c.evidence.has("locative") || c.evidence.has("pair");
    const isOneCountry = c.places.every((p) => p.iso2 === place?.iso2);
    return place && isFramed && isOneCountry ? [place.iso2] : [];
  });
}
