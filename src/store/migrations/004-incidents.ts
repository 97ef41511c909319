// Incidents: one row per merged incident (its record as JSON) and one row per member event, so an update
// can find the incidents a new event touches; events get a (country, date) index because merging asks the
// store for the events near a date in one country (blocking) instead of reading them all.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("incidents")
    .addColumn("incident_id", "text", (c) => c.primaryKey())
    .addColumn("event_date", "text")
    .addColumn("iso3", "text")
    .addColumn("record", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("incident_events")
    .addColumn("event_id", "text", (c) => c.primaryKey())
    .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.incident_id").onDelete("cascade"))
    .execute();
  await db.schema.createIndex("incident_events_incident").on("incident_events").column("incident_id").execute();
  // A new event's block is asked for by country and date (001's events_date serves the no-country case) ...
  await db.schema.createIndex("events_iso3_date").on("events").columns(["iso3", "event_date"]).execute();
  // ... and an incident's sources include the near-duplicates of its reports.
  await db.schema.createIndex("documents_duplicate_of").on("documents").column("duplicate_of").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of ["events_iso3_date", "documents_duplicate_of"])
    await db.schema.dropIndex(index).ifExists().execute();
  for (const table of ["incident_events", "incidents"]) await db.schema.dropTable(table).ifExists().execute();
}
