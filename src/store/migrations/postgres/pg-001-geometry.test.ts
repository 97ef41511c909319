// A PostgreSQL server without PostGIS gets plain position columns. Migration 007 had already added latitude
// and longitude, so this path once failed with "column already exists" and no store could be opened there.
// The server under test may have PostGIS, so the plain path is run over a store migrated as usual.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { makeDocFor, makeEventRecord } from "../../../testing/make-event-record.js";
import { STORE_BACKENDS } from "../../../testing/store-backends.js";
import { openStore } from "../../open-store.js";
import { addPlainPosition } from "./pg-001-geometry.js";

const postgres = STORE_BACKENDS.find((backend) => backend.name === "postgres")!;

describe("pg-001-geometry without PostGIS", { skip: postgres.skip }, () => {
  after(() => postgres.cleanUp());

  it("adds plain position columns to a store that has them already, and fills them", async () => {
    const location = await postgres.newLocation();
    await (await openStore(location)).close();
    const db = new Kysely<unknown>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: location, max: 1 }) }),
    });
    try {
      await addPlainPosition(db);
      await addPlainPosition(db);
      const store = await openStore(location);
      const event = makeEventRecord("doc-plain", 1, { latitude: 12.5, longitude: -3.25 });
      await store.saveDocument(makeDocFor("doc-plain", [event]), [event]);
      await store.close();
      const { rows } = await sql<{ latitude: number; longitude: number }>`
        select latitude, longitude from events where event_id = ${event.event_id}`.execute(db);
      assert.deepEqual(rows, [{ latitude: 12.5, longitude: -3.25 }]);
    } finally {
      await db.destroy();
    }
  });
});
