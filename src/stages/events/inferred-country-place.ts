// A country as an event's place read from weak evidence (a dateline, a source's town): the country only, at
// geo_precision 3, inferred, with the words it came from.
import type { Country } from "../../countries.js";
import type { Field, PlaceValue, Span } from "../../doc.js";

export function inferredCountryPlace(country: Country, evidence: Span): Field<PlaceValue> {
  const value: PlaceValue = {
    country: country.name,
    iso3: country.iso3,
    admin1: null,
    location: country.name,
    latitude: country.latitude,
    longitude: country.longitude,
    precision: 3,
  };
  return { value, evidence: [evidence], stated: false };
}
