// Migrations in order. Kysely's Migrator records which ran in its own table. The shared ones are written with
// Kysely's schema builder and run on SQLite and PostgreSQL alike; a backend may replace one by name (SQL only it
// speaks, such as SQLite's FTS5) or add its own (PostgreSQL's geometry, named "pg-…" so it sorts after them).
import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import * as initial from "./001-initial.js";
import * as duplicates from "./002-duplicates.js";
import * as claimsRelations from "./003-claims-relations.js";
import * as incidents from "./004-incidents.js";
import * as skipStage from "./005-skip-stage.js";
import * as incidentHistory from "./006-incident-history.js";
import * as workbench from "./007-workbench.js";
import * as sparseFilters from "./008-sparse-filters.js";
import * as incidentReviews from "./011-incident-reviews.js";
import * as documentsPublished from "./012-documents-published.js";
import * as spanLayers from "./013-span-layers.js";
import * as actorSets from "./014-actor-sets.js";
import * as fewerEventIndexes from "./016-fewer-event-indexes.js";
import * as fewerBtrees from "./017-fewer-btrees.js";
import * as dateEndKey from "./018-date-end-key.js";
import * as searchAtCommit from "./019-search-at-commit.js";
import * as fewerBands from "./020-store-fewer-bands.js";
import * as pgFulltext from "./postgres/009-pg-fulltext.js";
import * as pgGeometry from "./postgres/pg-001-geometry.js";
import * as pgWorkerHeartbeats from "./postgres/pg-002-worker-heartbeats.js";

const MIGRATIONS: Record<string, Migration> = {
  "001-initial": initial,
  "002-duplicates": duplicates,
  "003-claims-relations": claimsRelations,
  "004-incidents": incidents,
  "005-skip-stage": skipStage,
  "006-incident-history": incidentHistory,
  "007-workbench": workbench,
  "008-sparse-filters": sparseFilters,
  "011-incident-reviews": incidentReviews,
  "012-documents-published": documentsPublished,
  "013-span-layers": spanLayers,
  "014-actor-sets": actorSets,
  "016-fewer-event-indexes": fewerEventIndexes,
  "017-fewer-btrees": fewerBtrees,
  "018-date-end-key": dateEndKey,
  "019-search-at-commit": searchAtCommit,
  "020-store-fewer-bands": fewerBands,
};

export type Backend = "sqlite" | "postgres";

/** Per backend: its version of a shared migration (same name), or one it alone needs. */
const BACKEND_MIGRATIONS: Record<Backend, Record<string, Migration>> = {
  sqlite: {},
  postgres: {
    "pg-001-geometry": pgGeometry,
    "pg-002-worker-heartbeats": pgWorkerHeartbeats,
    "009-pg-fulltext": pgFulltext,
  },
};

function migratorOf(db: Kysely<unknown>, backend: Backend): Migrator {
  const provider: MigrationProvider = {
    getMigrations: async () => ({ ...MIGRATIONS, ...BACKEND_MIGRATIONS[backend] }),
  };
  // Migrations written side by side (002, 003) may reach a database in either order: run what is missing.
  return new Migrator({ db, provider, allowUnorderedMigrations: true });
}

/** True when every migration has run, found by reading only: a store that may not be written can still be read. */
export async function isMigrated(db: Kysely<unknown>, backend: Backend = "sqlite"): Promise<boolean> {
  return (await migratorOf(db, backend).getMigrations()).every((m) => m.executedAt);
}

export async function migrateToLatest(db: Kysely<unknown>, backend: Backend = "sqlite"): Promise<void> {
  await migrate(db, backend);
}

/** Up to and including `name`: a store as an older sitrep left it, which a migration's test then carries forward. */
export async function migrateUpTo(db: Kysely<unknown>, backend: Backend, name: string): Promise<void> {
  await migrate(db, backend, name);
}

async function migrate(db: Kysely<unknown>, backend: Backend, name?: string): Promise<void> {
  const migrator = migratorOf(db, backend);
  const { error, results } = await (name ? migrator.migrateTo(name) : migrator.migrateToLatest());
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    throw new Error(
      `migration ${failed?.migrationName ?? ""} failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
