// A document's spans, one row per layer holding the layer's spans as JSON, where they were one row per span. A
// document is always read whole (getDocument) and never searched by span, and since the syntax stage added its
// tokens a report brings ~335 spans in 10 layers: 335 rows and as many entries of the (document, layer) index cost
// more of a save's CPU than its events (measured in bench/RESULTS.md, "Where SQLite's time goes"). Existing spans
// are carried forward, each layer's in start order as getDocument read them; the spans table is then dropped.
import { type Kysely, SqliteAdapter, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("span_layers")
    .addColumn("document_id", "text", (c) => c.notNull().references("documents.document_id").onDelete("cascade"))
    .addColumn("layer", "text", (c) => c.notNull())
    .addColumn("spans", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("span_layers_pk", ["document_id", "layer"])
    .execute();
  await sql`insert into span_layers (document_id, layer, spans) ${layersFromSpans(db)}`.execute(db);
  await db.schema.dropTable("spans").execute();
}

/** Each (document, layer)'s spans as a JSON array of {start, end, label, by, data?}, in start order. */
function layersFromSpans(db: Kysely<unknown>) {
  if (db.getExecutor().adapter instanceof SqliteAdapter)
    // json_patch drops a member whose value is null: a span without data has no "data" key, as it was saved.
    return sql`select document_id, layer, json_group_array(json_patch(json_object('start', start, 'end', "end", 'label', label, 'by', "by"), json_object('data', json(data))) order by start, rowid) from spans group by document_id, layer`;
  return sql`select document_id, layer, json_agg(jsonb_build_object('start', start, 'end', "end", 'label', label, 'by', "by") || case when data is null then '{}'::jsonb else jsonb_build_object('data', data::jsonb) end order by start)::text from spans group by document_id, layer`;
}

export async function down(db: Kysely<unknown>): Promise<void> {
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
  await db.schema.dropTable("span_layers").execute();
}
