// Place spans, one shape for every kind. `precision` is ACLED geo_precision (1 the town itself, 2 near a
// town or part of a region, 3 a region, province or country). A named province is coded 3, as ACLED
// does when a report gives only the province: its point is a representative point, not the event's.
// `where_prec` is UCDP GED's scale: 1 exact place, 4 first-order division, 5 named region or border
// area, 6 country, 7 sea or international area.

import { loadCountries } from "../../countries.js";
import type { LayerSpan, PlaceSpanData } from "../../doc.js";
import type { GazetteerPlace } from "../../text/gazetteer/gazetteer.js";
import type { PlaceLexicons, WorldRegion } from "../../text/gazetteer/place-lexicons.js";

export type PlaceLabel = "TOWN" | "ADMIN1" | "COUNTRY" | "REGION" | "BORDER" | "DATELINE" | "ADJECTIVAL" | "IN_NAME";
/** A toponym that is not a location mention: a demonym ("Georgian troops") or part of a name ("Oregon Department of Roads"). */
export type PlaceRole = NonNullable<PlaceSpanData["role"]>;

export function roleLabel(role: PlaceRole): "ADJECTIVAL" | "IN_NAME" {
  return role === "adjectival" ? "ADJECTIVAL" : "IN_NAME";
}

type Extra = { start: number; end: number; by: string };

/**
 * A gazetteer place. A county (ADM2) is labelled TOWN, as the finest place its mention gives, with
 * precision 2 (part of a region) and UCDP where_prec 3 (second-order division).
 */
export function gazetteerSpan(
  at: Extra,
  place: GazetteerPlace,
  label: "TOWN" | "ADMIN1" | "DATELINE" | "IN_NAME" | "ADJECTIVAL" = defaultLabel(place),
): LayerSpan<"places"> {
  const country = loadCountries().find((c) => c.iso2 === place.iso2);
  const isRegion = place.featureCode === "ADM1";
  const isCounty = place.featureCode === "ADM2";
  return {
    ...at,
    label,
    data: {
      location: place.name,
      geonameId: place.geonameId > 0 ? place.geonameId : undefined,
      country: country?.name,
      iso3: country?.iso3,
      admin1: place.admin1 || undefined,
      latitude: place.latitude,
      longitude: place.longitude,
      population: place.population,
      precision: isRegion ? 3 : isCounty ? 2 : 1,
      where_prec: isRegion ? 4 : isCounty ? 3 : 1,
      ...(label === "IN_NAME" ? { role: "in-name" } : label === "ADJECTIVAL" ? { role: "adjectival" } : {}),
    },
  };
}

/**
 * "Gardez district": the district around a town the gazetteer knows only as the town. The point is the
 * town's, the precision ACLED's 2 (part of a region) and UCDP's where_prec 3 (second-order division).
 */
export function districtSpan(at: Extra, town: GazetteerPlace): LayerSpan<"places"> {
  const span = gazetteerSpan(at, town, "TOWN");
  return { ...span, data: { ...span.data!, precision: 2, where_prec: 3 } };
}

function defaultLabel(place: GazetteerPlace): "TOWN" | "ADMIN1" {
  return place.featureCode === "ADM1" ? "ADMIN1" : "TOWN";
}

/** `points`: the gazetteer, for the country's GeoNames point. */
export function countrySpan(at: Extra, iso3: string, points: PlaceLexicons, role?: PlaceRole): LayerSpan<"places"> {
  const label = role ? roleLabel(role) : "COUNTRY";
  const country = loadCountries().find((c) => c.iso3 === iso3);
  const point = country ? points.pointOfCountry(country.iso3, country) : undefined;
  return {
    ...at,
    label,
    data: {
      country: country?.name,
      iso3: country?.iso3,
      latitude: point?.latitude,
      longitude: point?.longitude,
      precision: 3,
      where_prec: 6,
      ...(role ? { role } : {}),
    },
  };
}

/** A world region or named area; one inside a single country ("North Waziristan") carries that country. */
export function regionSpan(at: Extra, region: WorldRegion, isSea: boolean, role?: PlaceRole): LayerSpan<"places"> {
  const label = role ? roleLabel(role) : "REGION";
  const { name: location, latitude, longitude } = region;
  const country = region.iso3 ? loadCountries().find((c) => c.iso3 === region.iso3) : undefined;
  const countryData = country ? { country: country.name, iso3: country.iso3 } : {};
  const where_prec = isSea ? 7 : 5;
  return {
    ...at,
    label,
    data: { location, ...countryData, latitude, longitude, precision: 3, where_prec, ...(role ? { role } : {}) },
  };
}

/** A border area between two countries: both are kept, and the point is their midpoint, coded vague. */
export function borderSpan(at: Extra, iso3s: [string, string], points: PlaceLexicons): LayerSpan<"places"> {
  const [a, b] = iso3s
    .map((iso3) => loadCountries().find((c) => c.iso3 === iso3)!)
    .map((c) => ({ ...c, ...points.pointOfCountry(c.iso3, c) }));
  return {
    ...at,
    label: "BORDER",
    data: {
      location: `${a.name}–${b.name} border`,
      country: a.name,
      iso3: a.iso3,
      countries: [a.iso3, b.iso3],
      latitude: (a.latitude + b.latitude) / 2,
      longitude: (a.longitude + b.longitude) / 2,
      precision: 3,
      where_prec: 5,
    },
  };
}
