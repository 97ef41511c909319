// The country a report is about, read once per document and used twice: an actor it describes without
// saying whose ("the army said" in a report from Mali) takes its top country, and an event whose clause
// names no place it can locate falls back to it (locate-in-focus-country.ts) when it is the report's clear
// focus. One weighting serves both (place-settings.ts): country names, towns and provinces count 1; a
// demonym ("Malian soldiers") says whose people act and a name inside a name ("the Iraq war") is no place
// of the events, so each counts a half, and so does the dateline, which says where the report was filed;
// a border area or world region names no one country, and a people's name ("Arab gunmen") is none even when
// a town abroad shares it. Only a country with a place of its own (a name, town or
// province) ranks: demonyms alone say whose people act, not where ("the massacre by Portuguese soldiers").
// The first named wins a tie. A country named as the one who acts ("Russia launched", "launched by Russia",
// "Russia's defence ministry": is-actor-country.ts) counts as a demonym does. A country the report never
// places anything in says whose people act and nothing against the focus: the share is of placed countries'
// mentions only ("Russia launched drones at Ukraine ... Russia's ministry said": Ukraine is the focus). Null
// when the report places nothing in a country.
import { type Doc, type LayerSpan, spansOf } from "../../doc.js";
import { type ActorRole, actorRoleOf } from "./is-actor-country.js";
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
    (p) => weighMention(doc, p, settings),
    settings,
  );
  READ.set(places, { settings, found });
  return found;
}

/** The report's top country, for an actor the text does not place; null when it places nothing. */
export function findReportCountry(doc: Doc, settings: Settled = EVENTS_SETTINGS): Country | null {
  return readReportCountry(doc, settings)?.country ?? null;
}

function rankCountries(
  places: readonly PlaceSpan[],
  weigh: (span: PlaceSpan) => Weight,
  settings: Settled,
): ReportCountry | null {
  type Seen = { country: Country; weight: number; mentions: PlaceSpan[]; isPlaced: boolean; isNamed: boolean };
  const tally = new Map<string, Seen>();
  for (const span of places) {
    const { country, iso3 } = span.data ?? {};
    const { weight, isPlace } = weigh(span);
    if (!country || !iso3 || weight === 0) continue;
    const seen = tally.get(iso3) ?? {
      country: { name: country, iso3 },
      weight: 0,
      mentions: [],
      isPlaced: false,
      isNamed: false,
    };
    seen.weight += weight;
    seen.isPlaced ||= isPlace;
    seen.isNamed ||= span.label === "COUNTRY";
    seen.mentions.push(span);
    tally.set(iso3, seen);
  }
  // Map order is first-mention order, and the sort is stable: the first named wins a tie.
  // A report that places nothing may still name its countries as actors ("Ukraine's air force said it shot
  // down drones launched by Russia"): then the countries it names count, as their forces are all it gives.
  const countries = [...tally.values()];
  const placed = countries.some((c) => c.isPlaced)
    ? countries.filter((c) => c.isPlaced)
    : countries.filter((c) => c.isNamed);
  const total = placed.reduce((sum, c) => sum + c.weight, 0);
  const [top] = placed.sort((a, b) => b.weight - a.weight);
  if (!top) return null;
  const isFocus = top.weight >= settings.focusCountryMinMentions && top.weight >= settings.focusCountryShare * total;
  return { country: top.country, mentions: top.mentions, isFocus };
}

type Weight = { weight: number; isPlace: boolean };

function weighMention(doc: Doc, span: PlaceSpan, settings: Weights): Weight {
  switch (span.label) {
    case "COUNTRY":
      return weighCountry(actorRoleOf(doc, span), settings);
    case "TOWN":
    case "ADMIN1":
      return { weight: 1, isPlace: true };
    case "ADJECTIVAL":
    case "IN_NAME":
      return { weight: settings.focusDemonymWeight, isPlace: false };
    case "DATELINE":
      return { weight: settings.focusDatelineWeight, isPlace: false };
    default:
      return { weight: 0, isPlace: false }; // a border area or world region names no one country
  }
}

/** "Russia launched": a demonym's weight. "Russia's ministry": a full mention of whose, but no place. */
function weighCountry(role: ActorRole, settings: Weights): Weight {
  if (role === "agent") return { weight: settings.focusDemonymWeight, isPlace: false };
  return { weight: 1, isPlace: role === null };
}
