// Builds a store of N synthetic events (default 1,000,000) for the list-query bench: the current schema
// (migrated by sitrep), then raw prepared inserts in one transaction, which is as fast as SQLite writes.
// 15 countries with 5 regions each, 4 actors per country, 7 ACLED sub-types, dates over six years, 100
// events per document; 5% undated, 3% with an unknown toll, tolls skewed small as in ACLED, and one event
// in 500 reviewed. Usage: nice -n 10 npx tsx bench/build-event-store.ts /tmp/events-1m.db [count]
import { rmSync } from "node:fs";
import Database from "better-sqlite3";
import { eventColumns } from "../src/store/event-columns.js";
import { INDEX_QUEUED_EVENTS } from "../src/store/search-queue.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import { makeEventRecord } from "../src/testing/make-event-record.js";
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
const TYPES: [string, string][] = [
  ["Explosions/Remote violence", "Air/drone strike"],
  ["Explosions/Remote violence", "Shelling/artillery/missile attack"],
  ["Battles", "Armed clash"],
  ["Violence against civilians", "Attack"],
  ["Explosions/Remote violence", "Remote explosive/landmine/IED"],
  ["Protests", "Peaceful protest"],
  ["Riots", "Violent demonstration"],
];
const WORDS =
  "fighters residents village market hospital school convoy checkpoint district officials witnesses killed wounded destroyed hit targeted near outskirts overnight morning local sources reported military police group".split(
    " ",
  );
const DAYS = 6 * 365;
const PER_DOCUMENT = 100;

const [path = "/tmp/sitrep-events-1m.db", countArg = "1000000"] = process.argv.slice(2);
const count = Number(countArg);
rmSync(path, { force: true });
await (await openSqliteStore(path)).close(); // sitrep's migrations make the schema
const db = new Database(path);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = OFF");
// One transaction of a million rows: with SQLite's 16 MB page cache the indexes' pages were written to the WAL
// again and again (25% of the store in 12 minutes on a shared machine). A 2 GB cache keeps them in memory, and
// the indexes are dropped for the load and made again from the sorted rows, much faster than row by row.
db.pragma("cache_size = -2000000");
const indexes = db
  .prepare("select name, sql from sqlite_master where type = 'index' and tbl_name = 'events' and sql is not null")
  .all() as { name: string; sql: string }[];
for (const { name } of indexes) db.exec(`drop index ${name}`);
const insertDocument = db.prepare(
  "insert into documents (document_id, origin, status, text, text_length, ingested_at) values (?, ?, 'ok', '', 0, ?)",
);
const insertEvent = db.prepare(
  `insert into events (event_id, event_date, event_type, sub_event_type, iso3, record, date_key, fatalities_key, country, admin1, location, actors, latitude, longitude, review_status)
   values (@event_id, @event_date, @event_type, @sub_event_type, @iso3, @record, @date_key, @fatalities_key, @country, @admin1, @location, @actors, @latitude, @longitude, @review_status)`,
);
const insertSource = db.prepare("insert into event_sources (event_id, document_id) values (?, ?)");
const insertReview = db.prepare(
  "insert into event_reviews (event_id, status, fields, note, reviewer, reviewed_at) values (?, 'confirmed', '{}', null, 'bench', ?)",
);

const random = seededRandom(17);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const started = Date.now();
db.transaction(() => {
  for (let i = 0; i < count; i++) {
    const documentId = `bench-doc-${Math.floor(i / PER_DOCUMENT)}`;
    if (i % PER_DOCUMENT === 0)
      insertDocument.run(documentId, `${documentId}.txt`, new Date(Date.UTC(2019, 0, 1) + i * 1000).toISOString());
    const [country, iso3, lat, lon] = pick(COUNTRIES);
    const [eventType, subEventType] = pick(TYPES);
    const date =
      random() < 0.05
        ? null
        : new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * DAYS) * 86_400_000).toISOString().slice(0, 10);
    const deaths = random() < 0.03 ? null : Math.floor(-Math.log(1 - random()) * 3);
    const record = makeEventRecord(documentId, (i % PER_DOCUMENT) + 1, {
      event_date: date,
      date_start: date,
      date_end: date,
      event_type: eventType,
      sub_event_type: subEventType,
      actor1: pick([
        `Military Forces of ${country}`,
        `Rebels of ${country}`,
        `Police Forces of ${country}`,
        `Militia (${country})`,
      ]),
      actor2: random() < 0.5 ? `Civilians (${country})` : null,
      country,
      iso3,
      admin1: `${country} Region ${Math.floor(random() * 5)}`,
      location: `Town ${Math.floor(random() * 60)}`,
      latitude: lat + (random() - 0.5) * 5,
      longitude: lon + (random() - 0.5) * 5,
      fatalities_low: deaths,
      fatalities_best: deaths,
      fatalities_high: deaths,
      fatalities_known: deaths !== null,
      notes: Array.from({ length: 8 }, () => pick(WORDS)).join(" "),
      evidence: {},
    });
    const reviewed = i % 500 === 0;
    insertEvent.run({
      event_id: record.event_id,
      record: JSON.stringify(record),
      ...eventColumns(record),
      review_status: reviewed ? "confirmed" : "unreviewed",
    });
    insertSource.run(record.event_id, documentId);
    if (reviewed) insertReview.run(record.event_id, "2025-01-01T00:00:00Z");
  }
  for (const statement of INDEX_QUEUED_EVENTS) db.exec(statement); // the search index, as the store commits
})();
for (const { sql } of indexes) db.exec(sql);
db.exec("analyze");
db.close();
console.error(`${count} events in ${((Date.now() - started) / 1000).toFixed(1)} s -> ${path}`);
