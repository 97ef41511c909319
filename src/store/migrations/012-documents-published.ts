// Merging asks for the undated events of the reports published in a window (store/incidents-store.ts). Read
// from the undated events outward, that cost every undated event in the store per new event (50k of them at
// 1M events: seconds per report in bench/load.bench.ts); read from this index, it costs the reports in the window.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex("documents_by_published").on("documents").columns(["published", "document_id"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("documents_by_published").execute();
}
