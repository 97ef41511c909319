// Synthetic but realistic event records for the merge benchmark: incidents in 15 countries (towns scattered
// around each country's centre, a few armed actors each, ACLED types), each reported by 1 to 6 reports that
// disagree the way reports do — a day off, a coarser place, a missing actor, another death toll, other
// wording. The dates span grows with the count, so the records per day stay as in a busy feed (about 150)
// and 10x the records means 10x the days, as a growing archive does.
import type { EventRecord } from "../src/records/event-record.js";
import { seededRandom } from "../src/text/shuffle-seeded.js";

const COUNTRIES: [string, string, number, number][] = [
  ["Ukraine", "UKR", 49.0, 32.0],
  ["Syria", "SYR", 35.0, 38.5],
  ["Yemen", "YEM", 15.5, 47.5],
  ["Sudan", "SDN", 15.0, 30.0],
  ["Myanmar", "MMR", 21.0, 96.0],
  ["Nigeria", "NGA", 9.5, 8.0],
  ["Mali", "MLI", 16.0, -2.0],
  ["Somalia", "SOM", 5.0, 46.0],
  ["Iraq", "IRQ", 33.0, 44.0],
  ["Afghanistan", "AFG", 34.0, 66.0],
  ["Palestine", "PSE", 31.4, 34.4],
  ["Colombia", "COL", 4.5, -74.0],
  ["Mexico", "MEX", 23.0, -102.0],
  ["DR Congo", "COD", -2.5, 23.5],
  ["Ethiopia", "ETH", 9.0, 39.5],
];
const TYPES: [string, string, string][] = [
  ["Explosions/Remote violence", "Air/drone strike", "air strike"],
  ["Explosions/Remote violence", "Shelling/artillery/missile attack", "shelling"],
  ["Battles", "Armed clash", "clashes"],
  ["Violence against civilians", "Attack", "attack"],
  ["Explosions/Remote violence", "Remote explosive/landmine/IED", "roadside bomb"],
  ["Protests", "Peaceful protest", "protest"],
  ["Riots", "Violent demonstration", "riot"],
];
const WORDS =
  "fighters residents village market hospital school convoy checkpoint district officials witnesses killed wounded destroyed hit targeted near outskirts overnight morning local sources reported military police group".split(
    " ",
  );

export type SyntheticSet = { events: EventRecord[]; incidentOf: Map<string, number> };

export function generateEvents(count: number, seed = 7, perDay = 150): SyntheticSet {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const towns = COUNTRIES.map(([, , lat, lon]) =>
    Array.from({ length: 60 }, (_, i) => ({
      name: `Town ${i}`,
      lat: lat + (random() - 0.5) * 5,
      lon: lon + (random() - 0.5) * 5,
    })),
  );
  const actors = COUNTRIES.map(([country]) => [
    `Military Forces of ${country}`,
    `Rebels of ${country}`,
    `Police Forces of ${country}`,
    `Militia (${country})`,
  ]);
  const days = Math.max(1, Math.round(count / perDay));
  const events: EventRecord[] = [];
  const incidentOf = new Map<string, number>();
  for (let incident = 0; events.length < count; incident++) {
    const c = Math.floor(random() * COUNTRIES.length);
    const truth = {
      town: pick(towns[c]),
      day: Math.floor(random() * days),
      type: pick(TYPES),
      actor1: pick(actors[c]),
      actor2: pick(actors[c]),
      deaths: Math.floor(random() * 20),
    };
    const words = Array.from({ length: 6 }, () => pick(WORDS));
    const reports = 1 + (Math.floor(-Math.log(1 - random()) * 1.5) % 6);
    for (let r = 0; r < reports && events.length < count; r++) {
      const id = `doc${incident}-${r}`;
      const shift = random() < 0.15 ? (random() < 0.5 ? -1 : 1) : 0;
      const coarse = random() < 0.1;
      const precision = random() < 0.05 ? 3 : random() < 0.1 ? 2 : 1;
      const date = new Date(Date.UTC(2024, 0, 1) + (truth.day + shift) * 86_400_000).toISOString().slice(0, 10);
      const end = new Date(
        Date.UTC(2024, 0, 1) + (truth.day + shift + (precision === 3 ? 29 : precision === 2 ? 6 : 0)) * 86_400_000,
      )
        .toISOString()
        .slice(0, 10);
      const deaths = random() < 0.3 ? truth.deaths + Math.floor(random() * 5) : truth.deaths;
      const [country, iso3] = COUNTRIES[c];
      events.push({
        event_id: `${id}-1`,
        event_date: date,
        date_start: date,
        date_end: end,
        time_precision: precision as 1 | 2 | 3,
        disorder_type: "Political violence",
        event_type: truth.type[0],
        sub_event_type: truth.type[1],
        actor1: random() < 0.15 ? null : truth.actor1,
        assoc_actor_1: [],
        inter1: 1,
        actor2: random() < 0.3 ? null : truth.actor2,
        assoc_actor_2: [],
        inter2: 1,
        country,
        iso3,
        admin1: null,
        location: coarse ? null : truth.town.name,
        latitude: truth.town.lat + (coarse ? (random() - 0.5) * 0.5 : 0),
        longitude: truth.town.lon + (coarse ? (random() - 0.5) * 0.5 : 0),
        geo_precision: coarse ? 2 : 1,
        fatalities_low: deaths,
        fatalities_best: deaths,
        fatalities_high: deaths,
        fatalities_known: true,
        weapons: [],
        sources: [
          { document_id: id, origin: `${id}.txt`, publisher: `Outlet ${Math.floor(random() * 400)}`, published: date },
        ],
        evidence: { event_type: [{ document_id: id, start: 0, end: truth.type[2].length, text: truth.type[2] }] },
        notes: `${words.filter(() => random() < 0.7).join(" ")} ${truth.type[2]} in ${truth.town.name} ${pick(WORDS)} ${deaths} people ${pick(WORDS)}`,
        injuries_low: null,
        injuries_best: null,
        injuries_high: null,
        injuries_known: false,
        civilian_targeting: null,
        in_response_to: [],
        in_response_to_claims: [],
        claims: [],
        same_incident: [],
        other_tactics: [],
        fatalities_split: null,
      });
      incidentOf.set(`${id}-1`, incident);
    }
  }
  return { events, incidentOf };
}
