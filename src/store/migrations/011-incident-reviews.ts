// Incident reviews: the current decision per incident and its append-only history, shaped like the event
// review tables of 007 (review-store.ts writes both through the same decision rule). Neither references
// incidents: merging replaces an incident's row when a report joins it, and the incident id (from its
// earliest event, merge/build-incident.ts) stays, so the review stays with it.
import { type Kysely, SqliteAdapter } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("incident_reviews")
    .addColumn("incident_id", "text", (c) => c.primaryKey())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("fields", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("reviewer", "text", (c) => c.notNull())
    .addColumn("reviewed_at", "text", (c) => c.notNull())
    .execute();
  const isSqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  await db.schema
    .createTable("incident_review_history")
    .addColumn("entry_id", "integer", (c) =>
      isSqlite ? c.primaryKey().autoIncrement() : c.primaryKey().generatedAlwaysAsIdentity(),
    )
    .addColumn("incident_id", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("fields", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("reviewer", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("incident_review_history_incident")
    .on("incident_review_history")
    .columns(["incident_id", "entry_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["incident_review_history", "incident_reviews"])
    await db.schema.dropTable(table).ifExists().execute();
}
