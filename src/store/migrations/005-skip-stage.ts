// Skipped inputs say where they stopped (read, decode, clean, annotate, save) beside their reason, so a page that
// broke the HTML parser and one that ran out of time are told apart. Rows stored before carry null.
import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("documents").addColumn("stage", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("documents").dropColumn("stage").execute();
}
