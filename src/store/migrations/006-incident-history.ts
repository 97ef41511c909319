// The history of each incident's fields (merge/trace-history.ts), one row per change in order, and what
// `sitrep watch` has already read, so a restarted watch neither fetches old feed items nor re-reads old files.
// History rows are keyed by incident id without a foreign key: when incidents merge, the block's rows are
// rewritten under the new ids in the same transaction as the incidents (incidents-store.ts).
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("incident_history")
    .addColumn("incident_id", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("field", "text", (c) => c.notNull())
    .addColumn("value", "text")
    .addColumn("previous", "text")
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addColumn("document_ids", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("incident_history_pk", ["incident_id", "position"])
    .execute();
  await db.schema
    .createTable("watch_seen")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("seen_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["watch_seen", "incident_history"]) await db.schema.dropTable(table).ifExists().execute();
}
