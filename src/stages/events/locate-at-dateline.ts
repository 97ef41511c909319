// "KABUL, Afghanistan (Wire) - Gunmen killed five worshippers in a mosque": an event whose clause names no place,
// in a report too short to have a clear focus country (locate-in-focus-country.ts), is at least in the country
// the report was filed from, when the report names no other: the dateline is weak evidence of where, so it
// gives only the country (geo_precision 3), inferred, never the town.
import { countryByIso3 } from "../../countries.js";
import { type Doc, type Field, type PlaceValue, spansOf } from "../../doc.js";
import { inferredCountryPlace } from "./inferred-country-place.js";

// Labels whose country says where something is; a demonym or a name inside a name does not.
const PLACED = new Set(["TOWN", "ADMIN1", "COUNTRY", "DATELINE"]);

export function locateAtDateline(doc: Doc): Field<PlaceValue> | null {
  const places = spansOf(doc, "places");
  const dateline = places.find((p) => p.label === "DATELINE");
  const iso3 = dateline?.data?.iso3;
  const country = iso3 ? countryByIso3(String(iso3)) : undefined;
  if (!dateline || !country) return null;
  if (places.some((p) => PLACED.has(p.label) && p.data?.iso3 && p.data.iso3 !== iso3)) return null;
  return inferredCountryPlace(country, dateline);
}
