// Migrations in order. Kysely's Migrator records which ran in its own table.
import { Migrator, type Kysely, type Migration, type MigrationProvider } from "kysely";
import * as initial from "./001-initial.js";
import * as duplicates from "./002-duplicates.js";
import * as claimsRelations from "./003-claims-relations.js";
import * as incidents from "./004-incidents.js";
import * as skipStage from "./005-skip-stage.js";
import * as incidentHistory from "./006-incident-history.js";

const MIGRATIONS: Record<string, Migration> = {
  "001-initial": initial,
  "002-duplicates": duplicates,
  "003-claims-relations": claimsRelations,
  "004-incidents": incidents,
  "005-skip-stage": skipStage,
  "006-incident-history": incidentHistory,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  // Migrations written side by side (002, 003) may reach a database in either order: run what is missing.
  const { error, results } = await new Migrator({ db, provider, allowUnorderedMigrations: true }).migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ""} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
