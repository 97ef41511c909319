// --db (or SITREP_DB) names a SQLite file or a postgres:// URL; each backend's driver is loaded only when used.
import { isPostgresUrl } from "./postgres-url.js";
import type { Store } from "./store.js";

export const DEFAULT_DB = "sitrep.db";

/** --db, then SITREP_DB, then ./sitrep.db. */
export function resolveDbLocation(option?: string): string {
  return option ?? process.env.SITREP_DB ?? DEFAULT_DB;
}

export async function openStore(option?: string): Promise<Store> {
  const location = resolveDbLocation(option);
  if (isPostgresUrl(location)) return (await import("./postgres.js")).openPostgresStore(location);
  return (await import("./sqlite.js")).openSqliteStore(location);
}
