// The search index is written at commit (migration 019): the triggers queue the rowids of the events a transaction
// inserts, updates or deletes, and these statements, run just before its commit, bring events_fts up to date in one
// go, so a batch of documents writes one FTS5 segment instead of one a document. A search then finds a document as
// soon as its commit is visible, as before.
import { SEARCHED } from "./migrations/007-workbench.js";

/** In order: take out what was indexed, index what the events now say, empty the queue. */
export const INDEX_QUEUED_EVENTS = [
  // rowid in (…) is an equality lookup per rowid in FTS5, not a scan of the index.
  "delete from events_fts where rowid in (select event_rowid from events_fts_queue where indexed)",
  `insert into events_fts (rowid, body) select events.rowid, ${SEARCHED.replaceAll("new.", "events.")} from events_fts_queue join events on events.rowid = events_fts_queue.event_rowid`,
  "delete from events_fts_queue",
];

/** Indexes the queue through `run` (a connection's or a transaction's statement runner). */
export async function indexQueuedEvents(run: (statement: string) => Promise<unknown>): Promise<void> {
  for (const statement of INDEX_QUEUED_EVENTS) await run(statement);
}
