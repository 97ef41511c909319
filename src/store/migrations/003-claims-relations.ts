// Claims (tallies and attributions) and the links between events and claims: "in response to" (event ->
// event or event -> claim), "attributes" (claim -> event), "counts" (tally -> event it plausibly counts).
// Links are rows so a chain can be followed across documents with plain queries.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("claims")
    .addColumn("claim_id", "text", (c) => c.primaryKey())
    .addColumn("document_id", "text", (c) => c.notNull().references("documents.document_id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("record", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("claims_document").on("claims").column("document_id").execute();
  await db.schema
    .createTable("event_relations")
    .addColumn("from_id", "text", (c) => c.notNull())
    .addColumn("to_id", "text", (c) => c.notNull())
    .addColumn("relation", "text", (c) => c.notNull())
    .addColumn("document_id", "text", (c) => c.notNull().references("documents.document_id").onDelete("cascade"))
    .addPrimaryKeyConstraint("event_relations_pk", ["from_id", "to_id", "relation"])
    .execute();
  await db.schema.createIndex("event_relations_to").on("event_relations").column("to_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["event_relations", "claims"]) await db.schema.dropTable(table).ifExists().execute();
}
