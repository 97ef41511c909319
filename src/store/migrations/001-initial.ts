// Documents, their span layers, events and event <-> document sources. Written with Kysely's schema
// builder so the same migration runs on SQLite and PostgreSQL.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("documents")
    .addColumn("document_id", "text", (c) => c.primaryKey())
    .addColumn("origin", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("detail", "text")
    .addColumn("title", "text")
    .addColumn("publisher", "text")
    .addColumn("original_publisher", "text")
    .addColumn("published", "text")
    .addColumn("language", "text")
    .addColumn("url", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("text_length", "integer", (c) => c.notNull())
    .addColumn("ingested_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("spans")
    .addColumn("document_id", "text", (c) => c.notNull().references("documents.document_id").onDelete("cascade"))
    .addColumn("layer", "text", (c) => c.notNull())
    .addColumn("start", "integer", (c) => c.notNull())
    .addColumn("end", "integer", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("by", "text", (c) => c.notNull())
    .addColumn("data", "text")
    .execute();
  await db.schema.createIndex("spans_document").on("spans").columns(["document_id", "layer"]).execute();
  await db.schema
    .createTable("events")
    .addColumn("event_id", "text", (c) => c.primaryKey())
    .addColumn("event_date", "text")
    .addColumn("event_type", "text", (c) => c.notNull())
    .addColumn("sub_event_type", "text", (c) => c.notNull())
    .addColumn("iso3", "text")
    .addColumn("record", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("events_date").on("events").column("event_date").execute();
  await db.schema
    .createTable("event_sources")
    .addColumn("event_id", "text", (c) => c.notNull().references("events.event_id").onDelete("cascade"))
    .addColumn("document_id", "text", (c) => c.notNull().references("documents.document_id").onDelete("cascade"))
    .addPrimaryKeyConstraint("event_sources_pk", ["event_id", "document_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["event_sources", "events", "spans", "documents"])
    await db.schema.dropTable(table).ifExists().execute();
}
