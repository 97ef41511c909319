// Near-duplicates: a document's MinHash signature and its LSH band buckets (indexed, see ../fingerprint.ts)
// and, on a document stored as a duplicate, the id of the first copy. Also the source metadata added with
// them (authors as a JSON array, canonical URL) so `sitrep documents` can show them. Kysely's schema
// builder, so it runs on SQLite and PostgreSQL alike. Documents stored before this migration have no
// fingerprint and are not found as originals; re-ingesting them adds none (their content hash is known).
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("documents").addColumn("duplicate_of", "text").execute();
  await db.schema.alterTable("documents").addColumn("authors", "text").execute();
  await db.schema.alterTable("documents").addColumn("canonical_url", "text").execute();
  await db.schema
    .createTable("fingerprints")
    .addColumn("document_id", "text", (c) => c.primaryKey().references("documents.document_id").onDelete("cascade"))
    .addColumn("signature", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("fingerprint_buckets")
    .addColumn("document_id", "text", (c) => c.notNull().references("documents.document_id").onDelete("cascade"))
    .addColumn("band", "integer", (c) => c.notNull())
    .addColumn("bucket", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("fingerprint_buckets_pk", ["document_id", "band"])
    .execute();
  await db.schema
    .createIndex("fingerprint_buckets_lookup")
    .on("fingerprint_buckets")
    .columns(["band", "bucket"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("fingerprint_buckets").ifExists().execute();
  await db.schema.dropTable("fingerprints").ifExists().execute();
  for (const column of ["canonical_url", "authors", "duplicate_of"])
    await db.schema.alterTable("documents").dropColumn(column).execute();
}
