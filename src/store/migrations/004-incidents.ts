// Incidents: one row per merged incident (its record as JSON) and one row per member event, so an update
// can find the incidents a new event touches; events get a date index because merging asks the store for
// the events near a date (blocking) instead of reading them all.
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
  await db.schema.createIndex("events_event_date").on("events").column("event_date").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("events_event_date").ifExists().execute();
  for (const table of ["incident_events", "incidents"]) await db.schema.dropTable(table).ifExists().execute();
}
