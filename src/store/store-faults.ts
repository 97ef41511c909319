// Faults of the store itself, not of the document in hand: a full disk, a store that may not be written, a lock
// held past every retry, a server that cannot be reached. Each stops the run with what to do about it: the input
// is not to blame, so nothing is recorded against it, and the same command run again resumes (what is stored
// is kept, each document is saved in one transaction).
import { CONFIG } from "../config.js";
import { SitrepError } from "../errors.js";
import { isBusyError } from "./retry-when-busy.js";

export type StoreFault = "store-full" | "store-read-only" | "store-busy" | "store-unreachable";

/** SQLite's extended result codes (better-sqlite3's error.code), PostgreSQL's SQLSTATE, Node's socket errors. */
const FAULT_CODES: [StoreFault, (code: string) => boolean][] = [
  // 53100 disk_full, 53200 out of memory; SQLITE_FULL also when PRAGMA max_page_count is reached.
  ["store-full", (code) => code === "SQLITE_FULL" || code === "53100"],
  // 25006 read_only_sql_transaction (a standby, default_transaction_read_only); 42501 a role without write rights.
  ["store-read-only", (code) => code.startsWith("SQLITE_READONLY") || code === "25006" || code === "42501"],
  // 55P03 lock_not_available (lock_timeout); the rest are retried first (retry-when-busy.ts).
  ["store-busy", (code) => isBusyError({ code }) || code === "55P03"],
  // Class 08 connection exceptions, 57P0x the server shutting down or starting, 3D000 no such database,
  // 28xxx refused credentials.
  [
    "store-unreachable",
    (code) =>
      /^(08|57P0|28)/.test(code) ||
      code === "3D000" ||
      ["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EHOSTUNREACH", "ETIMEDOUT", "EAI_AGAIN"].includes(code),
  ],
];

/** What each fault means and what to do, in words a person (or an API client) can act on. */
export const STORE_FAULT_ADVICE: Record<StoreFault, string> = {
  "store-full":
    "the store is full: free space on its disk (or move it elsewhere with --db), then run the same command again: what is stored is kept and the run resumes",
  "store-read-only":
    "the store may not be written: give this user write access to the database file and its folder (SQLite writes -wal and -shm files beside it), or on PostgreSQL connect as a role that may write, to a primary server",
  "store-busy": `the store stayed locked by another writer through ${CONFIG.storeBusyRetries} tries: wait for the other process (a long ingest, a backup, an open transaction) to finish, then run the same command again`,
  "store-unreachable":
    "cannot reach the store: check that the PostgreSQL server is running and that --db (or SITREP_DB) names its host, port, database, user and password",
};

/** The fault behind an error or any of its causes, or undefined for an error of the input or of sitrep itself. */
export function storeFaultOf(error: unknown): StoreFault | undefined {
  return findFault(error)?.fault;
}

/** "could not save document: the store is full: …what to do… (SQLITE_FULL: database or disk is full)", or
 * undefined when the error is no fault of the store. */
export function describeStoreFault(what: string, error: unknown): SitrepError | undefined {
  const found = findFault(error);
  if (!found) return undefined;
  if (found.source instanceof SitrepError) return found.source;
  const { code, message } = found.source;
  return new SitrepError(
    found.fault,
    `store: could not ${what}: ${STORE_FAULT_ADVICE[found.fault]} (${code}: ${message})`,
    {
      cause: error,
    },
  );
}

type Failure = { code?: unknown; message?: string; cause?: unknown };

/** The first error down the cause chain that names a fault: an already described one, or the driver's own. */
function findFault(error: unknown): { fault: StoreFault; source: Failure } | undefined {
  for (let e = error as Failure | undefined; e; e = e.cause as Failure | undefined) {
    if (e instanceof SitrepError && isStoreFault(e.code)) return { fault: e.code, source: e };
    if (typeof e.code !== "string") continue;
    const code = e.code;
    const found = FAULT_CODES.find(([, matches]) => matches(code));
    if (found) return { fault: found[0], source: e };
  }
  return undefined;
}

function isStoreFault(code: string): code is StoreFault {
  return code in STORE_FAULT_ADVICE;
}
