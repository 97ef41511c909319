// The sparse filters' two plans (sparse-filters.ts) give the same events in the same order as the plain SQL,
// the plan follows the number of matches, and the R*Tree and trigram copies follow updates and deletes.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import Database from "better-sqlite3";
import { Kysely } from "kysely";
import { makeEventRecord } from "../testing/make-event-record.js";
import { eventColumns } from "./event-columns.js";
import { parseEventQuery } from "./event-filter.js";
import { queryEvents, selectEventPage } from "./events-store.js";
import { createImmediateSqliteDialect } from "./immediate-sqlite-dialect.js";
import type { Database as Schema } from "./schema.js";
import { INDEX_QUEUED_EVENTS } from "./search-queue.js";
import { FEW_MATCHES, planSparseFilters, type SparsePlan } from "./sparse-filters.js";
import { openSqliteStore } from "./sqlite.js";

const COUNT = FEW_MATCHES + 500;
let sqlite: Database.Database;
let db: Kysely<Schema>;

/** Invented events: every third a "Rebels of Testland" event, one in a hundred by "Coastal Guard"; positions
 * along a line that crosses the antimeridian; one toll in 50 over 20; "harbour" in one note in 200; one in seven
 * in Ethiopia, one in 300 in Mombasa. */
function eventNumber(i: number) {
  return makeEventRecord(`doc-${Math.floor(i / 10)}`, i % 10, {
    ...(i % 7 === 0 ? { iso3: "ETH", country: "Ethiopia", admin1: "Amhara" } : {}),
    ...(i % 300 === 1 ? { admin1: "Mombasa" } : {}),
    event_date:
      i % 37 === 0 ? null : `2024-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
    actor1: i % 3 === 0 ? "Rebels of Testland" : "Military Forces of Testland",
    actor2: i % 100 === 0 ? "Coastal Guard" : null,
    latitude: i % 41 === 0 ? null : -10 + (i % 20),
    longitude: -180 + ((i * 7) % 360),
    fatalities_best: i % 50 === 0 ? 25 + (i % 3) : i % 29 === 0 ? null : i % 4,
    notes: `${i % 200 === 0 ? "harbour" : "market"} attack number ${i}`,
  });
}

before(async () => {
  const path = join(mkdtempSync(join(tmpdir(), "sitrep-sparse-")), "sparse.db");
  await (await openSqliteStore(path)).close();
  sqlite = new Database(path);
  const insert = sqlite.prepare(
    `insert into events (event_id, event_date, event_type, sub_event_type, iso3, record, date_key, fatalities_key, country, admin1, location, actors, latitude, longitude)
     values (@event_id, @event_date, @event_type, @sub_event_type, @iso3, @record, @date_key, @fatalities_key, @country, @admin1, @location, @actors, @latitude, @longitude)`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < COUNT; i++) {
      const record = eventNumber(i);
      insert.run({ event_id: record.event_id, record: JSON.stringify(record), ...eventColumns(record) });
    }
    for (const statement of INDEX_QUEUED_EVENTS) sqlite.exec(statement); // as the store does before its commits
  })();
  db = new Kysely<Schema>({ dialect: createImmediateSqliteDialect({ database: sqlite }) });
});
after(() => db.destroy());

async function idsOf(raw: Record<string, string>, plan: SparsePlan | undefined): Promise<string[]> {
  const rows = await selectEventPage(db, parseEventQuery(raw), plan, COUNT).select("events.event_id").execute();
  return rows.map((r) => r.event_id);
}

const FILTERS: [Record<string, string>, keyof SparsePlan][] = [
  [{ fatalities_min: "20" }, "fatalities"],
  [{ fatalities_max: "1" }, "fatalities"],
  [{ fatalities_min: "1", fatalities_max: "2" }, "fatalities"],
  [{ bbox: "-20,-5,60,5" }, "bbox"],
  [{ bbox: "170,-10,-170,10" }, "bbox"],
  [{ actor: "coastal guard" }, "actor"],
  [{ actor: "Rebels" }, "actor"],
  [{ actor: "of" }, "actor"],
  [{ q: "harbour" }, "q"],
  [{ q: "market attack" }, "q"],
  [{ country: "ETH" }, "country"],
  [{ country: "KEN" }, "country"],
  [{ admin1: "Mombasa" }, "admin1"],
  [{ event_type: "Battles" }, "event_type"],
  [{ sub_event_type: "Armed clash" }, "sub_event_type"],
];

describe("store: sparse filters", () => {
  for (const [filter, name] of FILTERS) {
    for (const sort of ["-event_date", "fatalities", "event_date", "-fatalities"]) {
      it(`${JSON.stringify(filter)} sorted ${sort}: both plans give the plain query's events in its order`, async () => {
        const raw = { ...filter, sort };
        const plain = await idsOf(raw, undefined);
        assert.ok(plain.length > 0, "the filter matches some events");
        assert.deepEqual(await idsOf(raw, { [name]: "index" }), plain);
        assert.deepEqual(await idsOf(raw, { [name]: "check" }), plain);
      });
    }
  }

  it("pages through a checked filter with the cursor: every match once, in order", async () => {
    const raw = { q: "market", fatalities_max: "2", sort: "-event_date" };
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await queryEvents(db, { ...parseEventQuery(raw), limit: 250, cursor });
      seen.push(...page.items.map((e) => e.event_id));
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    assert.deepEqual(seen, await idsOf(raw, undefined));
  });

  it("a rare filter drives the query; a common one is checked, and two rare ones: the rarer drives", async () => {
    assert.deepEqual(await planSparseFilters(db, { actor: "coastal guard" }), { actor: "index" });
    assert.deepEqual(await planSparseFilters(db, { q: "market" }), { q: "check" });
    assert.deepEqual(await planSparseFilters(db, { q: "harbour", fatalities_min: 20 }), {
      q: "index",
      fatalities: "check",
    });
    assert.deepEqual(await planSparseFilters(db, { actor: "of" }), { actor: "check" }); // under three letters
    assert.equal(await planSparseFilters(db, { country: "KEN" }), undefined);
  });

  it("in fatalities order, an equality filter is planned by its matches too, and only then", async () => {
    assert.deepEqual(await planSparseFilters(db, { admin1: "Mombasa", sort: "-fatalities" }), { admin1: "index" });
    assert.deepEqual(await planSparseFilters(db, { country: "KEN", sort: "fatalities" }), { country: "check" });
    assert.deepEqual(await planSparseFilters(db, { country: "KEN", admin1: "Mombasa", sort: "-fatalities" }), {
      country: "check",
      admin1: "index",
    });
    assert.equal(await planSparseFilters(db, { country: "KEN", sort: "-event_date" }), undefined);
  });

  it("the position tree and the actor index follow an update and a delete", async () => {
    const [first] = await idsOf({ actor: "coastal guard", sort: "event_date" }, { actor: "index" });
    sqlite
      .prepare("update events set actors = 'harbour watch', latitude = 45, longitude = 100 where event_id = ?")
      .run(first);
    assert.deepEqual(await idsOf({ bbox: "99,44,101,46" }, { bbox: "index" }), [first]);
    assert.deepEqual(await idsOf({ actor: "harbour watch" }, { actor: "index" }), [first]);
    assert.ok(!(await idsOf({ actor: "coastal guard" }, { actor: "index" })).includes(first));
    sqlite.prepare("delete from events where event_id = ?").run(first);
    assert.deepEqual(await idsOf({ bbox: "99,44,101,46" }, { bbox: "index" }), []);
    assert.deepEqual(await idsOf({ actor: "harbour watch" }, { actor: "index" }), []);
  });
});
