// A write that finds the database locked longer than the busy timeout (another process in a long
// transaction), or a stale snapshot, is tried again after a growing pause instead of failing the run.
import { CONFIG } from "../config.js";

// PostgreSQL's serialization failure and deadlock (SQLSTATE 40001, 40P01) ask the same: run the transaction again.
const BUSY_CODES = new Set([
  "SQLITE_BUSY",
  "SQLITE_BUSY_SNAPSHOT",
  "SQLITE_BUSY_RECOVERY",
  "SQLITE_LOCKED",
  "40001",
  "40P01",
]);

/** better-sqlite3's SqliteError carries the extended code; a wrapper may hold it as its cause. */
export function isBusyError(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === "string" && BUSY_CODES.has(e.code)) return true;
  }
  return false;
}

export async function retryWhenBusy<T>(write: () => Promise<T>, attempts = CONFIG.storeBusyRetries): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isBusyError(error) || attempt >= attempts) throw error;
      await sleep(backoffMs(attempt));
    }
  }
}

/** Doubling from the base, with jitter so that two waiting writers do not wake in step. */
function backoffMs(attempt: number): number {
  const base = CONFIG.storeBusyBackoffMs * 2 ** (attempt - 1);
  return base / 2 + Math.random() * base;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
