// When no place in an event's clause can be located ("clashed with militants near Boni", a village the
// gazetteer lacks, or no place at all), ACLED codes the event at the finest level the report still gives: the
// province the sentence names, else the country, at geo_precision 3. The country is the report's focus
// country, the one it clearly is about; a report split between countries gets none (settings: focusCountry*).
// The place is inferred, not stated for this event, and its evidence is the words that name it.
import { countryByIso3 } from "../../countries.js";
import { type Doc, type Field, type LayerSpan, type PlaceValue, spansOf } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import type { EventsSettings } from "./settings.js";

type PlaceSpan = LayerSpan<"places">;
export type FocusCountry = { iso3: string; mentions: PlaceSpan[] };

/** The country the report is about, with the place spans that name it (a country, demonym, town or province). */
export function findFocusCountry(doc: Doc, settings: EventsSettings): FocusCountry | null {
  const weights = new Map<string, number>();
  const mentions = new Map<string, PlaceSpan[]>();
  let total = 0;
  for (const span of spansOf(doc, "places")) {
    const iso3 = span.data?.iso3;
    const weight = mentionWeight(span, settings);
    if (!iso3 || weight === 0) continue;
    weights.set(iso3, (weights.get(iso3) ?? 0) + weight);
    mentions.set(iso3, [...(mentions.get(iso3) ?? []), span]);
    total += weight;
  }
  const [top] = [...weights].sort((a, b) => b[1] - a[1]);
  if (!top || top[1] < settings.focusCountryMinMentions || top[1] < settings.focusCountryShare * total) return null;
  return { iso3: top[0], mentions: mentions.get(top[0])! };
}

function mentionWeight(span: PlaceSpan, settings: EventsSettings): number {
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

/** The focus country (or the province of it the event's sentence names) at geo_precision 3, or null. */
export function locateInFocusCountry(
  doc: Doc,
  mentions: readonly TriggerMention[],
  focus: FocusCountry | null,
  settings: EventsSettings,
): Field<PlaceValue> | null {
  if (!focus) return null;
  const country = countryByIso3(focus.iso3);
  if (!country) return null;
  const sentences = spansOf(doc, "sentences");
  const inSentence = (s: PlaceSpan) =>
    mentions.some((m) => s.start >= sentences[m.sentence].start && s.end <= sentences[m.sentence].end);
  const province = focus.mentions.find((s) => s.label === "ADMIN1" && inSentence(s));
  // The sentence's own name for the country or province; a demonym ("Malian soldiers") says who, not where.
  const own = focus.mentions.filter((s) => (s.label === "COUNTRY" || s.label === "ADMIN1") && inSentence(s));
  const evidence = own.length > 0 ? own : focus.mentions.slice(0, settings.focusEvidenceSpans);
  const point = province?.data ?? focus.mentions.find((s) => s.label === "COUNTRY")?.data;
  const value: PlaceValue = {
    country: country.name,
    iso3: country.iso3,
    admin1: province?.data?.admin1 ?? null,
    location: province?.data?.location ?? country.name,
    latitude: point?.latitude ?? country.latitude,
    longitude: point?.longitude ?? country.longitude,
    precision: 3,
  };
  return { value, evidence, stated: false };
}
