// Invented reports in two countries, drawn at random, for the tests of merges that run side by side by country: each
// report tells of one or two events in towns of one country over three days, with a few actors or none. On request
// some events have no country (a place the gazetteer did not find): dated ones that name an actor can link to events
// of either country, undated ones with no actor link to nothing.
import type { EventRecord } from "../records/event-record.js";
import type { Store } from "../store/store.js";
import { makeEventRecord } from "./make-event-record.js";

type Town = readonly [name: string, latitude: number, longitude: number];
const COUNTRIES: { iso3: string; country: string; towns: Town[] }[] = [
  {
    iso3: "AAA",
    country: "Aland",
    towns: [
      ["Alpha", 36.2, 37.1],
      ["Bravo", 36.25, 37.15],
    ],
  },
  {
    iso3: "BBB",
    country: "Bland",
    towns: [
      ["Delta", 12.1, 15.0],
      ["Echo", 12.15, 15.05],
    ],
  },
];
const ACTORS = [null, "Forces A", "Forces B"];
const KINDS = [
  ["Explosions/Remote violence", "Air/drone strike", "strike"],
  ["Battles", "Armed clash", "clash"],
] as const;

export type Draw = () => number;

/** A seeded draw in [0, 1), the same for a seed on every run. */
export function drawFrom(seed: number): Draw {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

/** `count` reports, each a list of its events; `noCountry`: the share of events with no country. */
export function inventCountryReports(count: number, random: Draw, noCountry = 0): EventRecord[][] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  return Array.from({ length: count }, (_, r) => {
    const doc = `d${String(r).padStart(3, "0")}`;
    const published = `2026-05-1${1 + Math.floor(random() * 3)}`;
    const land = pick(COUNTRIES);
    return Array.from({ length: random() < 0.3 ? 2 : 1 }, (_, e) => {
      const [town, lat, lon] = pick(land.towns);
      const [type, sub, word] = pick(KINDS);
      const placeless = random() < noCountry;
      const undated = placeless && random() < 0.5;
      const date = undated ? null : `2026-05-1${Math.floor(random() * 3)}`;
      const actor = undated ? null : pick(placeless ? ACTORS.slice(1) : ACTORS);
      return makeEventRecord(doc, e + 1, {
        event_date: date,
        date_start: date,
        date_end: date,
        time_precision: undated ? null : 1,
        event_type: type,
        sub_event_type: sub,
        actor1: actor,
        iso3: placeless ? null : land.iso3,
        country: placeless ? null : land.country,
        admin1: null,
        location: placeless ? null : town,
        latitude: placeless ? null : lat,
        longitude: placeless ? null : lon,
        geo_precision: placeless ? null : 1,
        sources: [{ document_id: doc, origin: `${doc}.txt`, publisher: `Outlet ${r % 5}`, published }],
        evidence: { event_type: [{ document_id: doc, start: 0, end: word.length, text: word }] },
        notes: `A ${word} by ${actor ?? "unknown forces"} hit ${placeless ? "the area" : town}, residents said.`,
      });
    });
  });
}

/** Stores a report's document and events, as ingest does before it merges them. */
export async function saveReport(store: Store, events: EventRecord[]): Promise<void> {
  const source = events[0].sources[0];
  const meta = { origin: source.origin, publisher: source.publisher!, published: source.published! };
  await store.saveDocument({ id: source.document_id, text: events[0].notes, meta, layers: {}, events: [] }, events);
}

/** The stored-document view merging needs, for merging the reports all at once in memory. */
export function documentsOf(reports: EventRecord[][]) {
  return new Map(
    reports.map((r) => [
      r[0].sources[0].document_id,
      { ...r[0].sources[0], original_publisher: null, duplicate_of: null },
    ]),
  );
}
