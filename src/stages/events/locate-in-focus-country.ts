// When no place in an event's clause can be located ("clashed with militants near Boni", a village the
// gazetteer lacks, or no place at all), ACLED codes the event at the finest level the report still gives: the
// province the sentence names, else the country, at geo_precision 3. The country is the report's focus
// country, the one it clearly is about (find-report-country.ts); a report split between countries gets none.
// The place is inferred, not stated for this event, and its evidence is the words that name it.
import { countryByIso3 } from "../../countries.js";
import { type Doc, type Field, type LayerSpan, type PlaceValue, spansOf } from "../../doc.js";
import type { ReportCountry } from "./find-report-country.js";
import type { TriggerMention } from "./find-triggers.js";
import type { EventsSettings } from "./settings.js";

type PlaceSpan = LayerSpan<"places">;

/** The focus country (or the province of it the event's sentence names) at geo_precision 3, or null. */
export function locateInFocusCountry(
  doc: Doc,
  mentions: readonly TriggerMention[],
  focus: ReportCountry | null,
  settings: EventsSettings,
): Field<PlaceValue> | null {
  if (!focus?.isFocus) return null;
  const country = countryByIso3(focus.country.iso3);
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
