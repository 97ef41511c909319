// Several documents in one commit. A SQLite commit writes every page the transaction dirtied, and a report dirties
// about 220 (a leaf per index per event, the near-duplicate buckets): committing each document alone is most of the
// cost of storing it (bench/RESULTS.md, write-speed and batch-commit). Each document's transaction becomes a savepoint
// inside the batch, so it stays all-or-nothing; a crash loses only the uncommitted batch, which a re-run stores again.
import type Database from "better-sqlite3";
import { type Kysely, sql } from "kysely";
import { retryWhenBusy } from "./retry-when-busy.js";

export type WriteBatch = {
  /** Opens the batch's transaction (waiting for the write lock); later transactions are savepoints in it. */
  begin(): Promise<void>;
  /** Commits everything written since begin. */
  commit(): Promise<void>;
  /** Drops everything written since begin. */
  rollback(): Promise<void>;
};

/** One SQLite connection's batch; `open()` tells its dialect whether a transaction must be a savepoint. */
export function createSqliteWriteBatch(sqlite: Database.Database): WriteBatch & {
  open(): boolean;
  attach(db: Kysely<unknown>): void;
} {
  let opened = false;
  let db: Kysely<unknown> | undefined;
  // Through Kysely, not on the connection directly: its connection lock orders the statements.
  const run = (statement: string) => sql.raw(statement).execute(db!);
  return {
    // SQLite itself ends a transaction on some errors (SQLITE_FULL, SQLITE_IOERR): then no batch is open any more.
    open: () => opened && sqlite.inTransaction,
    attach: (kysely) => (db = kysely),
    async begin() {
      await retryWhenBusy(() => run("begin immediate"));
      opened = true;
    },
    async commit() {
      if (!opened) return;
      try {
        if (sqlite.inTransaction) await run("commit");
      } catch (error) {
        if (sqlite.inTransaction) await run("rollback");
        throw error;
      } finally {
        opened = false;
      }
    },
    async rollback() {
      if (!opened) return;
      opened = false;
      if (sqlite.inTransaction) await run("rollback");
    },
  };
}

export type CommitPolicy = {
  /** Documents per commit; 1 commits each document alone. */
  documents: number;
  /** Longest an open batch waits for its next document before committing, and its longest life. */
  ms: number;
};

export type CommitPacer = {
  /** The inputs, with the open batch committed when the next one is slow to come (a fetch, a quiet stdin). */
  paced<T>(items: AsyncIterable<T>): AsyncGenerator<T>;
  beforeDocument(): Promise<void>;
  afterDocument(): Promise<void>;
  /** Commits what is open (a commit that fails drops it). */
  finish(): Promise<void>;
};

/** Commits every `documents` documents or `ms` milliseconds, whichever comes first, and only between documents. */
export function paceCommits(batch: WriteBatch | undefined, policy: CommitPolicy): CommitPacer {
  let open = false;
  let openedAt = 0;
  let documents = 0;
  const commit = async () => {
    if (!open) return;
    open = false;
    await batch!.commit();
  };
  const batching = batch !== undefined && policy.documents > 1;
  return {
    async *paced(items) {
      const iterator = items[Symbol.asyncIterator]();
      try {
        for (;;) {
          const next = batching && open ? await commitWhileWaiting(iterator.next()) : await iterator.next();
          if (next.done) return;
          yield next.value;
        }
      } finally {
        await iterator.return?.();
      }
    },
    async beforeDocument() {
      if (!batching || open) return;
      await batch!.begin();
      open = true;
      openedAt = Date.now();
      documents = 0;
    },
    async afterDocument() {
      if (!open) return;
      documents += 1;
      if (documents >= policy.documents || Date.now() - openedAt >= policy.ms) await commit();
    },
    finish: commit,
  };

  async function commitWhileWaiting<T>(next: Promise<T>): Promise<T> {
    let committing: Promise<void> | undefined;
    const timer = setTimeout(
      () => {
        committing = commit();
        committing.catch(() => {}); // awaited below; this only keeps it from counting as unhandled meanwhile
      },
      Math.max(0, policy.ms - (Date.now() - openedAt)),
    );
    try {
      return await next;
    } finally {
      clearTimeout(timer);
      await committing;
    }
  }
}
