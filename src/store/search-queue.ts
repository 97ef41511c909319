// The search index is written at commit (migration 019): the triggers queue the rowids of the events a transaction
// inserts, updates or deletes, and these statements, run just before its commit, bring events_fts up to date in one
// go, so a batch of documents writes one FTS5 segment instead of one a document. A search then finds a document as
// soon as its commit is visible, as before.
import { SEARCHED } from "./migrations/007-workbench.js";

/** null when nothing is queued, 1 when a queued event was in the index (updated or deleted since). */
export const QUEUE_STATE = "select max(indexed) as indexed from events_fts_queue";
// rowid in (…) is an equality lookup per rowid in FTS5, not a scan of the index.
export const UNINDEX = "delete from events_fts where rowid in (select event_rowid from events_fts_queue where indexed)";
export const INDEX = `insert into events_fts (rowid, body) select events.rowid, ${SEARCHED.replaceAll("new.", "events.")} from events_fts_queue join events on events.rowid = events_fts_queue.event_rowid`;
export const CLEAR = "delete from events_fts_queue";

/** In order: take out what was indexed, index what the events now say, empty the queue (for bulk loads). */
export const INDEX_QUEUED_EVENTS = [UNINDEX, INDEX, CLEAR];

export type RunStatement = (statement: string) => Promise<{ rows: unknown[] }>;

/** Indexes the queue through `run`. Touching FTS5 at all costs ~40 µs, so an empty queue and a queue of new events
 * only (a save's) skip what they do not need: a commit of one document pays for one read and the insert. */
export async function indexQueuedEvents(run: RunStatement): Promise<void> {
  const [state] = (await run(QUEUE_STATE)).rows as { indexed: number | null }[];
  if (state?.indexed == null) return;
  if (state.indexed) await run(UNINDEX);
  await run(INDEX);
  await run(CLEAR);
}
