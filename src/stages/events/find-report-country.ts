// The country a report is about, read once per document and used twice: an actor it describes without
// saying whose ("the army said" in a report from Mali) takes its top country, and an event whose clause
// names no place it can locate falls back to it (locate-in-focus-country.ts) when it is the report's clear
// focus. One weighting serves both (place-settings.ts): country names, towns and provinces count 1; a
// demonym ("Malian soldiers") says whose people act and a name inside a name ("the Iraq war") is no place
// of the events, so each counts a half, and so does the dateline, which says where the report was filed;
// a border area or world region names no one country, and a people's name ("Arab gunmen") is none even when
// a town abroad shares it. Only a country with a place of its own (a name, town or
// province) ranks: demonyms alone say whose people act, not where ("the massacre by Portuguese soldiers").
// The first named wins a tie. Null when the report places nothing in a country.
import { type Doc, type LayerSpan, spansOf } from "../../doc.js";
import { isPeopleWord } from "./is-people-word.js";
import type { Country } from "./name-generic-actor.js";
import { EVENTS_SETTINGS, type EventsSettings } from "./settings.js";

type PlaceSpan = LayerSpan<"places">;
export type ReportCountry = {
  country: Country;
  /** The place spans that name it, in text order. */
  mentions: PlaceSpan[];
  /** Whether the report is clearly about it (focusCountryShare, focusCountryMinMentions). */
  isFocus: boolean;
};
type Weights = Pick<EventsSettings, "focusDemonymWeight" | "focusDatelineWeight">;
type Settled = Weights & Pick<EventsSettings, "focusCountryShare" | "focusCountryMinMentions">;

// Each document's answer, keyed by its places layer (which no stage changes once made), so every incident
// and claim of a report reads the same country without counting again; the settings it was read with are
// kept beside it, as `sitrep eval --set` may vary them.
const READ = new WeakMap<readonly PlaceSpan[], { settings: Settled; found: ReportCountry | null }>();

export function readReportCountry(doc: Doc, settings: Settled = EVENTS_SETTINGS): ReportCountry | null {
  const places = spansOf(doc, "places");
  const known = READ.get(places);
  if (known && known.settings === settings) return known.found;
  const found = rankCountries(
    places.filter((p) => !isPeopleWord(doc, p)),
    settings,
  );
  READ.set(places, { settings, found });
  return found;
}

/** The report's top country, for an actor the text does not place; null when it places nothing. */
export function findReportCountry(doc: Doc, settings: Settled = EVENTS_SETTINGS): Country | null {
  return readReportCountry(doc, settings)?.country ?? null;
}

function rankCountries(places: readonly PlaceSpan[], settings: Settled): ReportCountry | null {
  const tally = new Map<string, { country: Country; weight: number; mentions: PlaceSpan[]; isPlaced: boolean }>();
  let total = 0;
  for (const span of places) {
    const { country, iso3 } = span.data ?? {};
    const weight = mentionWeight(span, settings);
    if (!country || !iso3 || weight === 0) continue;
    const seen = tally.get(iso3) ?? { country: { name: country, iso3 }, weight: 0, mentions: [], isPlaced: false };
    seen.weight += weight;
    seen.isPlaced ||= weight === 1;
    seen.mentions.push(span);
    tally.set(iso3, seen);
    total += weight;
  }
  // Map order is first-mention order, and the sort is stable: the first named wins a tie.
  const [top] = [...tally.values()].filter((c) => c.isPlaced).sort((a, b) => b.weight - a.weight);
  if (!top) return null;
  const isFocus = top.weight >= settings.focusCountryMinMentions && top.weight >= settings.focusCountryShare * total;
  return { country: top.country, mentions: top.mentions, isFocus };
}

function mentionWeight(span: PlaceSpan, settings: Weights): number {
  switch (span.label) {
    case "COUNTRY":
    case "TOWN":
    case "ADMIN1":
      return 1;
    case "ADJECTIVAL":
    case "IN_NAME":
      return settings.focusDemonymWeight;
    case "DATELINE":
      return settings.focusDatelineWeight;
    default:
      return 0; // a border area or world region names no one country
  }
}
