// Event ids are content-based (records/event-record.ts), so a second report can bring an event already stored:
// it becomes one more source of that row (event_sources is many-to-many) instead of a second row, and
// the record lists both documents' sources and evidence. Replacing one document's extraction takes only its
// share back: an event another document still supports stays, without this document's source and evidence.
import { SqliteAdapter, type Transaction } from "kysely";
import type { EventRecord } from "../records/event-record.js";
import { insertRows } from "./compiled-queries.js";
import { eventColumns } from "./event-columns.js";
import type { Database } from "./schema.js";

/** Inserts the events new to the store in one statement; an event already stored (the same words in another
 * report, stored before or by another writer at the same moment) gets this document's source and evidence instead.
 * Either way the document becomes one of its sources. */
export async function saveEvents(trx: Transaction<Database>, events: EventRecord[], documentId: string): Promise<void> {
  if (events.length === 0) return;
  const byId = new Map<string, EventRecord>();
  for (const event of events) {
    const seen = byId.get(event.event_id);
    byId.set(event.event_id, seen ? addSource(seen, event) : event);
  }
  // In one order: two PostgreSQL writers inserting the same events then wait for each other's rows in turn, never
  // in a cycle. A row another writer has inserted but not committed makes this insert wait for its commit, then skip.
  const ids = [...byId.keys()].sort();
  const { returned } = await insertRows(
    trx,
    "events",
    ids.map((id) => eventRow(byId.get(id)!)),
    { ignoreConflicts: "event_id", returning: "event_id" },
  );
  const inserted = new Set(returned.map((row) => row.event_id));
  const stored = ids.filter((id) => !inserted.has(id));
  if (stored.length > 0)
    await addSources(
      trx,
      stored.map((id) => byId.get(id)!),
    );
  const sources = ids.map((event_id) => ({ event_id, document_id: documentId }));
  await insertRows(trx, "event_sources", sources, { ignoreConflicts: true });
}

/** Adds each event's sources and evidence to its stored row. On PostgreSQL the rows are locked first, so two writers
 * adding their sources to one event at once both keep theirs (SQLite's write transactions already run one at a time). */
async function addSources(trx: Transaction<Database>, events: EventRecord[]): Promise<void> {
  const rows = await trx
    .selectFrom("events")
    .select(["event_id", "record"])
    .where(
      "event_id",
      "in",
      events.map((e) => e.event_id),
    )
    .$if(!(trx.getExecutor().adapter instanceof SqliteAdapter), (q) => q.orderBy("event_id").forUpdate())
    .execute();
  const added = new Map(events.map((e) => [e.event_id, e]));
  for (const row of rows) {
    const record = addSource(JSON.parse(row.record) as EventRecord, added.get(row.event_id)!);
    await trx
      .updateTable("events")
      .set({ record: JSON.stringify(record) })
      .where("event_id", "=", row.event_id)
      .execute();
  }
}

/** Removes a document's share of its events: events it alone supports are deleted, shared ones lose its source. */
export async function releaseEvents(trx: Transaction<Database>, documentId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom("events")
    .innerJoin("event_sources", "event_sources.event_id", "events.event_id")
    .where("event_sources.document_id", "=", documentId)
    .select(["events.event_id", "events.record"])
    .execute();
  for (const row of rows) {
    const record = removeSource(JSON.parse(row.record) as EventRecord, documentId);
    if (record.sources.length === 0) await trx.deleteFrom("events").where("event_id", "=", row.event_id).execute();
    else
      await trx
        .updateTable("events")
        .set({ record: JSON.stringify(record) })
        .where("event_id", "=", row.event_id)
        .execute();
  }
  await trx.deleteFrom("event_sources").where("document_id", "=", documentId).execute();
  return rows.map((r) => r.event_id);
}

export function eventRow(event: EventRecord): Database["events"] {
  return {
    event_id: event.event_id,
    record: JSON.stringify(event),
    ...eventColumns(event),
    review_status: "unreviewed",
  };
}

function addSource(stored: EventRecord, added: EventRecord): EventRecord {
  const known = new Set(stored.sources.map((s) => s.document_id));
  const isNew = (ref: { document_id: string }) => !known.has(ref.document_id);
  const evidence = { ...stored.evidence };
  for (const [field, refs] of Object.entries(added.evidence))
    evidence[field] = [...(evidence[field] ?? []), ...refs.filter(isNew)];
  return { ...stored, sources: [...stored.sources, ...added.sources.filter(isNew)], evidence };
}

function removeSource(record: EventRecord, documentId: string): EventRecord {
  const evidence: EventRecord["evidence"] = {};
  for (const [field, refs] of Object.entries(record.evidence)) {
    const kept = refs.filter((r) => r.document_id !== documentId);
    if (kept.length > 0) evidence[field] = kept;
  }
  return { ...record, sources: record.sources.filter((s) => s.document_id !== documentId), evidence };
}
