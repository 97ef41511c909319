// The store tests run once per backend: SQLite always (a file in a temporary folder), PostgreSQL when
// SITREP_TEST_PG names a server (`.ci/run` starts one), each test in a database of its own that is dropped after.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export type StoreBackend = {
  name: "sqlite" | "postgres";
  /** node:test's skip option: false, or why this backend is not tested here. */
  skip: string | false;
  /** A new, empty store location for openStore: a file path or a postgres:// URL. */
  newLocation(): Promise<string>;
  /** Drops what newLocation made: PostgreSQL databases, SQLite files with their folders. */
  cleanUp(): Promise<void>;
};

const sqliteFolders: string[] = [];
const sqlite: StoreBackend = {
  name: "sqlite",
  skip: false,
  newLocation: async () => {
    sqliteFolders.push(mkdtempSync(join(tmpdir(), "sitrep-store-")));
    return join(sqliteFolders.at(-1)!, "s.db");
  },
  cleanUp: async () => {
    for (const dir of sqliteFolders.splice(0)) rmSync(dir, { recursive: true, force: true });
  },
};

function postgres(serverUrl: string | undefined): StoreBackend {
  const made: string[] = [];
  const admin = async <T>(run: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      return await run(client);
    } finally {
      await client.end();
    }
  };
  return {
    name: "postgres",
    skip: serverUrl
      ? false
      : "PostgreSQL store tests need SITREP_TEST_PG=postgres://user:pass@host/db (.ci/run sets it)",
    async newLocation() {
      const name = `sitrep_test_${randomBytes(6).toString("hex")}`;
      // Collation "C": text sorts by code point, as SQLite's does, so both backends list rows in one order.
      await admin((c) =>
        c.query(`create database ${name} template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'`),
      );
      made.push(name);
      const url = new URL(serverUrl!);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async cleanUp() {
      const names = made.splice(0);
      if (names.length)
        await admin(async (c) => {
          for (const name of names) await c.query(`drop database if exists ${name} with (force)`);
        });
    },
  };
}

export const STORE_BACKENDS: StoreBackend[] = [sqlite, postgres(process.env.SITREP_TEST_PG)];
