// The advisory locks that keep two merges of one partition (merge/merge-partition.ts) from running at once. A
// partition's queue already runs one job at a time; the lock also holds against merges outside the queues (a starting
// worker's), against a job freed from a worker taken for dead that was only slow, and for merges of the whole store.
import type pg from "pg";
import { WHOLE_STORE } from "../merge/merge-partition.js";

/** An arbitrary constant: the advisory lock every sitrep merge holds, also against merges outside the queue: shared by
 * a merge of one partition, which also holds that partition's lock (this key and the partition's hash), and held
 * alone by a merge of the whole store. */
const MERGE_LOCK = 7_117_017;

/** Held on a connection of its own while the store's queries run on theirs; freed when that connection ends. The
 * whole store's lock is taken before a partition's, in every merge, so two merges never wait on each other in a ring;
 * a merge of the whole store waiting for the shared holders to finish keeps new ones from starting meanwhile. */
export async function withMergeLock<T>(pool: pg.Pool, partition: string, run: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  const isWhole = partition === WHOLE_STORE;
  try {
    await client.query(isWhole ? "select pg_advisory_lock($1)" : "select pg_advisory_lock_shared($1)", [MERGE_LOCK]);
    try {
      if (!isWhole) await client.query("select pg_advisory_lock($1, hashtext($2))", [MERGE_LOCK, partition]);
      try {
        return await run();
      } finally {
        if (!isWhole) await client.query("select pg_advisory_unlock($1, hashtext($2))", [MERGE_LOCK, partition]);
      }
    } finally {
      await client.query(isWhole ? "select pg_advisory_unlock($1)" : "select pg_advisory_unlock_shared($1)", [
        MERGE_LOCK,
      ]);
    }
  } finally {
    client.release();
  }
}
