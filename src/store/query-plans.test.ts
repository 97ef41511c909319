// No list query scans a table: every filter and join column has an index (007-workbench). SQLite's
// EXPLAIN QUERY PLAN names a full scan "SCAN <table>" without "USING ... INDEX"; walking an index in sort
// order ("SCAN events USING INDEX events_by_date") reads rows in the order they are returned and stops
// at the page's limit, so it passes. The FTS5 table is searched through its own index (VIRTUAL TABLE).
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import Database from "better-sqlite3";
import { type Compilable, Kysely } from "kysely";
import { parseEventQuery } from "./event-filter.js";
import { applyEventFilter, applyKeyset } from "./events-query.js";
import { selectEventPage } from "./events-store.js";
import { createImmediateSqliteDialect } from "./immediate-sqlite-dialect.js";
import { type EventWindow, listEventsInWindow } from "./incidents-store.js";
import { nearDuplicateCandidates } from "./kysely-store.js";
import { migrateToLatest } from "./migrations/index.js";
import type { Database as Schema } from "./schema.js";
import type { SparsePlan } from "./sparse-filters.js";

type SparseName = keyof SparsePlan;

let sqlite: Database.Database;
let db: Kysely<Schema>;

before(async () => {
  sqlite = new Database(join(mkdtempSync(join(tmpdir(), "sitrep-plans-")), "plans.db"));
  db = new Kysely<Schema>({ dialect: createImmediateSqliteDialect({ database: sqlite }) });
  await migrateToLatest(db as Kysely<unknown>);
});
after(() => db.destroy());

/** The plan's lines that read a whole table: "SCAN t" with no index (a temp B-tree for ORDER BY is not one). */
function plan(query: Compilable): string[] {
  const { sql, parameters } = query.compile();
  return (sqlite.prepare(`explain query plan ${sql}`).all(...(parameters as unknown[])) as { detail: string }[]).map(
    (p) => p.detail,
  );
}

/** The plans of the statements `run` executes, each as EXPLAIN QUERY PLAN details. */
async function plansRun(run: (logged: Kysely<Schema>) => Promise<unknown>): Promise<string[][]> {
  const statements: { sql: string; parameters: readonly unknown[] }[] = [];
  const logged = new Kysely<Schema>({
    dialect: createImmediateSqliteDialect({ database: sqlite }),
    log: (event) => {
      statements.push(event.query);
    },
  });
  await run(logged);
  return statements.map(({ sql, parameters }) =>
    (sqlite.prepare(`explain query plan ${sql}`).all(...(parameters as unknown[])) as { detail: string }[]).map(
      (p) => p.detail,
    ),
  );
}

function fullScans(query: Compilable): string[] {
  return plan(query).filter(
    (d) => /^SCAN (?!.*USING (COVERING )?INDEX)(?!.*VIRTUAL TABLE)/.test(d) && !/^SCAN CONSTANT ROW/.test(d),
  );
}

const FILTERS: Record<string, string>[] = [
  {},
  { from: "2024-01-01", to: "2024-02-01" },
  { country: "KEN" },
  { admin1: "Nairobi" },
  { event_type: "Battles" },
  { sub_event_type: "Armed clash" },
  { actor: "rebels" },
  { bbox: "30,-5,40,5" },
  { fatalities_min: "10" },
  { fatalities_max: "2" },
  { reviewed: "true" },
  { status: "rejected" },
  { q: "market" },
  { document: "doc-a" },
  { country: "KEN", event_type: "Battles", from: "2024-01-01" },
];

describe("store: list queries use indexes", () => {
  for (const filter of FILTERS) {
    for (const sort of ["-event_date", "fatalities"] as const) {
      it(`events ${JSON.stringify(filter)} sorted ${sort}`, () => {
        const query = parseEventQuery({ ...filter, sort });
        const select = applyKeyset(applyEventFilter(db, db.selectFrom("events"), query), query.sort, undefined)
          .leftJoin("event_reviews", "event_reviews.event_id", "events.event_id")
          .select(["events.record", "event_reviews.status"])
          .limit(100);
        assert.deepEqual(fullScans(select), []);
      });
    }
  }
  for (const filter of [
    { country: "KEN" },
    { admin1: "Nairobi" },
    { event_type: "Battles" },
    { sub_event_type: "Armed clash" },
    { status: "edited" },
    {},
  ]) {
    for (const sort of ["-event_date", "-fatalities", "fatalities"] as const) {
      if ("status" in filter && sort !== "-event_date") continue; // few reviewed events: sorting them is cheap
      // An equality filter in fatalities order is planned by its matches (below), as the sparse filters are.
      if (Object.keys(filter).length > 0 && sort !== "-event_date") continue;
      it(`events ${JSON.stringify(filter)} sorted ${sort} read the page in index order, without sorting`, () => {
        const query = parseEventQuery({ ...filter, sort });
        const select = applyKeyset(applyEventFilter(db, db.selectFrom("events"), query), query.sort, undefined)
          .select("events.record")
          .limit(100);
        assert.deepEqual(
          plan(select).filter((d) => /TEMP B-TREE/.test(d)),
          [],
        );
      });
    }
  }
  // The sparse filters, each way planSparseFilters may apply it (sparse-filters.ts), as queryEvents runs them; in
  // fatalities order the equality filters too (migration 017 dropped their fatalities-ordered indexes).
  const SPARSE: [Record<string, string>, SparseName][] = [
    [{ fatalities_max: "0" }, "fatalities"],
    [{ fatalities_min: "15" }, "fatalities"],
    [{ bbox: "30,-5,40,5" }, "bbox"],
    [{ bbox: "170,-5,-170,5" }, "bbox"],
    [{ actor: "police forces" }, "actor"],
    [{ q: "market" }, "q"],
  ];
  const EQUALITY: [Record<string, string>, SparseName][] = [
    [{ country: "KEN" }, "country"],
    [{ admin1: "Nairobi" }, "admin1"],
    [{ event_type: "Battles" }, "event_type"],
    [{ sub_event_type: "Armed clash" }, "sub_event_type"],
  ];
  for (const [filter, name] of [...SPARSE, ...EQUALITY]) {
    const isEquality = EQUALITY.some(([, equality]) => equality === name);
    for (const sort of isEquality
      ? (["-fatalities", "fatalities"] as const)
      : (["-event_date", "fatalities"] as const)) {
      const query = parseEventQuery({ ...filter, sort });
      const page = (how: "index" | "check") => selectEventPage(db, query, { [name]: how }, 101).select("events.record");
      it(`events ${JSON.stringify(filter)} sorted ${sort}, few matches: found through their index`, () => {
        const details = plan(page("index"));
        assert.deepEqual(fullScans(page("index")), []);
        // Not a walk along the sort order, which would read every event to find a rare few.
        assert.deepEqual(
          details.filter((d) => /^SCAN events\b/.test(d)),
          [],
        );
      });
      it(`events ${JSON.stringify(filter)} sorted ${sort}, many matches: checked in the sort index`, () => {
        const index = sort.endsWith("fatalities") ? "events_by_fatalities" : "events_by_date";
        const details = plan(page("check"));
        assert.ok(details.includes(`SCAN events USING COVERING INDEX ${index}`), details.join("\n"));
        // Only the page's own 101 rows are put in order, not the matches.
        assert.equal(details.filter((d) => /TEMP B-TREE/.test(d)).length, 1, details.join("\n"));
      });
    }
  }
  it("a document's events, claims and spans, and the incidents and documents lists", () => {
    assert.deepEqual(fullScans(db.selectFrom("event_sources").select("event_id").where("document_id", "=", "d")), []);
    assert.deepEqual(
      fullScans(db.selectFrom("claims").select("record").where("document_id", "=", "d").orderBy("claim_id").limit(100)),
      [],
    );
    assert.deepEqual(fullScans(db.selectFrom("span_layers").selectAll().where("document_id", "=", "d")), []);
    // The near-duplicate lookup searches the buckets table's key (band, bucket) once per band.
    const candidates = plan(nearDuplicateCandidates(db, ["a", "b", "c"]));
    assert.deepEqual(fullScans(nearDuplicateCandidates(db, ["a", "b", "c"])), [], candidates.join("\n"));
    assert.equal(
      candidates.filter((d) => d === "SEARCH fingerprint_buckets USING PRIMARY KEY (band=? AND bucket=?)").length,
      3,
      candidates.join("\n"),
    );
    assert.deepEqual(
      fullScans(db.selectFrom("review_history").selectAll().where("event_id", "=", "e").orderBy("entry_id")),
      [],
    );
    assert.deepEqual(
      fullScans(
        db
          .selectFrom("documents")
          .select("document_id")
          .orderBy("ingested_at", "desc")
          .orderBy("document_id", "desc")
          .limit(100),
      ),
      [],
    );
  });
  // Merging asks for the events of a country near a date (and those of no known country), or the undated ones:
  // the reads listEventsInWindow runs, as it runs them.
  const WINDOWS: EventWindow[] = [
    { from: "2024-01-01", to: "2024-01-08", iso3: "KEN" },
    { from: "2024-01-01", to: "2024-01-08" },
    "undated",
    { publishedFrom: "2024-01-01", publishedTo: "2024-01-08", iso3: "KEN" },
  ];
  for (const window of WINDOWS) {
    it(`the merge's events in window ${JSON.stringify(window)}`, async () => {
      const details = (await plansRun((logged) => listEventsInWindow(logged, window))).flat();
      assert.ok(details.length > 0);
      assert.deepEqual(
        details.filter((d) => /^SCAN /.test(d) && !/USING (COVERING )?INDEX/.test(d)),
        [],
        details.join("\n"),
      );
      assert.deepEqual(
        details.filter((d) => /^SCAN events\b/.test(d)),
        [],
        details.join("\n"),
      );
    });
  }
  it("the check itself sees a full scan", () => {
    assert.deepEqual(fullScans(db.selectFrom("events").select("event_id").where("record", "=", "x")), ["SCAN events"]);
  });
});
