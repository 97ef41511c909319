// Several documents in one commit. A SQLite commit writes every page the transaction dirtied, and a report dirties
// about 220 (a leaf per index per event, the near-duplicate buckets): committing each document alone is most of the
// cost of storing it (bench/RESULTS.md, write-speed and batch-commit). Each document's transaction becomes a savepoint
// inside the batch, so it stays all-or-nothing; a crash loses only the uncommitted batch, which a re-run stores again.
import type Database from "better-sqlite3";
import { type Kysely, sql } from "kysely";
import type { BatchState, BeforeCommit } from "./immediate-sqlite-dialect.js";

export type WriteBatch = {
  /** Opens the batch: the writes until commit or rollback share one transaction, each transaction a savepoint in it. */
  begin(): Promise<void>;
  /** Commits everything written since begin. */
  commit(): Promise<void>;
  /** Drops everything written since begin. */
  rollback(): Promise<void>;
};

/** One SQLite connection's batch, and the state its dialect reads to make each transaction a savepoint in it. */
export function createSqliteWriteBatch(
  sqlite: Database.Database,
  beforeCommit?: BeforeCommit,
): WriteBatch & {
  state: BatchState;
  attach(db: Kysely<unknown>): void;
} {
  let wanted = false;
  let db: Kysely<unknown> | undefined;
  // Through Kysely, not on the connection directly: its connection lock orders the statements, so a commit never
  // lands inside a document's savepoint.
  const run = (statement: string) => sql.raw(statement).execute(db!);
  // The transaction itself begins with the batch's first write (the dialect's beginTransaction). SQLite ends it
  // on some errors (SQLITE_FULL, SQLITE_IOERR): the next write then begins another.
  const end = async (statement: string) => {
    wanted = false;
    if (sqlite.inTransaction) await run(statement);
  };
  return {
    state: { wanted: () => wanted, started: () => sqlite.inTransaction },
    attach: (kysely) => (db = kysely),
    async begin() {
      wanted = true;
    },
    async commit() {
      try {
        if (sqlite.inTransaction) await beforeCommit?.(run);
        await end("commit");
      } catch (error) {
        wanted = false;
        if (sqlite.inTransaction) await run("rollback");
        throw error;
      }
    },
    rollback: () => end("rollback"),
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
