// Incidents in the store: the queries merging needs (events near a date, the documents behind events, the
// incidents a set of events belongs to) and the replacement of a block's incidents in one transaction, so a
// reader never sees an event in two incidents or in none.
import type { Kysely, Transaction } from "kysely";
import type { EventRecord } from "../records/event-record.js";
import type { FieldChange, IncidentRecord } from "../records/incident-record.js";
import { insertRows } from "./compiled-queries.js";
import type { Database, DocumentRow } from "./schema.js";

/** Events whose event_date lies in [from, to] (YYYY-MM-DD, inclusive), in `iso3` or of no known country when
 * it is given; or the undated ones (all, or those reported in [publishedFrom, publishedTo]). */
export async function listEventsInWindow(db: Kysely<Database>, window: EventWindow): Promise<EventRecord[]> {
  if (window === "undated-unpublished") return listUndatedReportedIn(db, null);
  if (window !== "undated" && "publishedFrom" in window) return listUndatedReportedIn(db, window);
  let query = db.selectFrom("events").select("record");
  if (window === "undated") query = query.where("date_key", "=", "");
  else {
    // date_key is event_date ('' when undated): its indexes serve the window (migration 016).
    query = query.where("date_key", ">=", window.from).where("date_key", "<=", window.to + "\uffff");
    // An interval must still reach endsFrom: most events are one day, and the record is not read for the others.
    // '' is a row written without the column (bench stores, copies): kept, as before 018.
    const endsFrom = window.endsFrom;
    if (endsFrom) query = query.where((eb) => eb.or([eb("date_end_key", ">=", endsFrom), eb("date_end_key", "=", "")]));
    if (window.iso3) query = query.where((eb) => eb.or([eb("iso3", "=", window.iso3!), eb("iso3", "is", null)]));
  }
  return (await query.execute()).map((r) => JSON.parse(r.record) as EventRecord);
}

/**
 * Undated events whose report came out in [publishedFrom, publishedTo] (with `null`: whose reports carry no
 * date): those a dated event, or another undated one, may join. Read from the documents' published index
 * (migration 012) out to their events, in that order (SQLite keeps a CROSS JOIN's order), so the cost is
 * that of the reports in the window, not of every undated event in the store.
 */
async function listUndatedReportedIn(
  db: Kysely<Database>,
  window: { publishedFrom: string; publishedTo: string; iso3?: string | null; identified?: boolean } | null,
): Promise<EventRecord[]> {
  let query = db
    .selectFrom("documents")
    .crossJoin("event_sources")
    .crossJoin("events")
    .select("events.record")
    .distinct()
    .whereRef("event_sources.document_id", "=", "documents.document_id")
    .whereRef("events.event_id", "=", "event_sources.event_id")
    .where("events.event_date", "is", null);
  if (window === null) {
    query = query.where("documents.published", "is", null);
    const records = (await query.execute()).map((r) => JSON.parse(r.record) as EventRecord);
    return records.filter((e) => e.sources.every((s) => !s.published));
  }
  if (window.identified) return listIdentifiedReportedIn(db, window);
  query = query
    .where("documents.published", ">=", window.publishedFrom)
    .where("documents.published", "<=", window.publishedTo + "\uffff");
  if (window.iso3)
    query = query.where((eb) => eb.or([eb("events.iso3", "=", window.iso3!), eb("events.iso3", "is", null)]));
  return (await query.execute()).map((r) => JSON.parse(r.record) as EventRecord);
}

/**
 * The undated events with a place and an actor (the only ones the merge's undated rule can link) reported in the
 * window: read from their own partial index (migration 018) out to their reports, so the cost is theirs, not that
 * of every report in the window (a day of 10,000 reports walked 20,000 event rows for none of them).
 */
async function listIdentifiedReportedIn(
  db: Kysely<Database>,
  window: { publishedFrom: string; publishedTo: string; iso3?: string | null },
): Promise<EventRecord[]> {
  // The terms of the partial index's condition, as written there, so that both planners can use it.
  let query = db
    .selectFrom("events")
    .crossJoin("event_sources")
    .crossJoin("documents")
    .select(["events.event_id", "events.record"])
    .distinct()
    .whereRef("event_sources.event_id", "=", "events.event_id")
    .whereRef("documents.document_id", "=", "event_sources.document_id")
    .where("events.date_key", "=", "")
    .where("events.actors", "!=", "")
    .where((eb) => eb.or([eb("events.location", "is not", null), eb("events.latitude", "is not", null)]))
    .where("documents.published", ">=", window.publishedFrom)
    .where("documents.published", "<=", window.publishedTo + "\uffff");
  if (window.iso3)
    query = query.where((eb) => eb.or([eb("events.iso3", "=", window.iso3!), eb("events.iso3", "is", null)]));
  return (await query.execute()).map((r) => JSON.parse(r.record) as EventRecord);
}

export type EventWindow =
  /** Dated events starting in [from, to] and, with endsFrom, whose interval reaches it. */
  | { from: string; to: string; iso3?: string | null; endsFrom?: string }
  /** Undated events reported in the window; with identified, only those naming a place and an actor. */
  | { publishedFrom: string; publishedTo: string; iso3?: string | null; identified?: boolean }
  | "undated-unpublished"
  | "undated";

export async function listEventsWithoutIncident(db: Kysely<Database>): Promise<EventRecord[]> {
  const rows = await db
    .selectFrom("events")
    .leftJoin("incident_events", "incident_events.event_id", "events.event_id")
    .where("incident_events.incident_id", "is", null)
    .select("events.record")
    .execute();
  return rows.map((r) => JSON.parse(r.record) as EventRecord);
}

/** The documents with these ids and the stored near-duplicates of them. */
export async function listSourceDocuments(db: Kysely<Database>, documentIds: string[]): Promise<DocumentRow[]> {
  if (documentIds.length === 0) return [];
  const rows = await db
    .selectFrom("documents")
    .selectAll()
    .where((eb) => eb.or([eb("document_id", "in", documentIds), eb("duplicate_of", "in", documentIds)]))
    .execute();
  return rows.map(({ text: _text, ...row }) => row as DocumentRow);
}

/** Member event ids of every incident that holds one of these events. */
export async function listIncidentMembers(db: Kysely<Database>, eventIds: string[]): Promise<string[]> {
  if (eventIds.length === 0) return [];
  const rows = await db
    .selectFrom("incident_events as mine")
    .innerJoin("incident_events as all", "all.incident_id", "mine.incident_id")
    .where("mine.event_id", "in", eventIds)
    .select("all.event_id")
    .distinct()
    .execute();
  return rows.map((r) => r.event_id);
}

/** Drops every incident holding one of `eventIds` and stores `incidents` in their place, atomically; with `history`,
 * the dropped incidents' history rows are replaced by the new incidents' (merge/trace-history.ts). */
export async function replaceIncidents(
  db: Kysely<Database>,
  eventIds: string[],
  incidents: IncidentRecord[],
  history?: ReadonlyMap<string, FieldChange[]>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const old = eventIds.length
      ? await trx
          .selectFrom("incident_events")
          .select("incident_id")
          .where("event_id", "in", eventIds)
          .distinct()
          .execute()
      : [];
    const oldIds = old.map((r) => r.incident_id);
    if (oldIds.length) {
      await trx.deleteFrom("incident_events").where("incident_id", "in", oldIds).execute();
      await trx.deleteFrom("incidents").where("incident_id", "in", oldIds).execute();
    }
    // All of a merge's incidents in a few statements of fixed shapes, not two a incident: a merge of short reports
    // sent 1.6 incident and 1.2 member inserts a document (bench/RESULTS.md, store, session 13).
    await insertRows(
      trx,
      "incidents",
      incidents.map((incident) => ({
        incident_id: incident.incident_id,
        event_date: incident.event_date,
        iso3: incident.iso3,
        record: JSON.stringify(incident),
      })),
    );
    await insertRows(
      trx,
      "incident_events",
      incidents.flatMap((incident) =>
        incident.event_ids.map((event_id) => ({ event_id, incident_id: incident.incident_id })),
      ),
    );
    if (history) await rewriteHistory(trx, [...oldIds, ...incidents.map((i) => i.incident_id)], history);
  });
}

async function rewriteHistory(
  trx: Transaction<Database>,
  incidentIds: string[],
  history: ReadonlyMap<string, FieldChange[]>,
): Promise<void> {
  if (incidentIds.length) await trx.deleteFrom("incident_history").where("incident_id", "in", incidentIds).execute();
  const rows = [...history.entries()].flatMap(([incident_id, changes]) =>
    changes.map((c, position) => ({
      incident_id,
      position,
      field: c.field,
      value: JSON.stringify(c.value),
      previous: JSON.stringify(c.previous),
      recorded_at: c.recorded_at,
      document_ids: JSON.stringify(c.document_ids),
    })),
  );
  await insertRows(trx, "incident_history", rows);
}

/** The history rows of these incidents (null: of all), by incident, in order. */
export async function listIncidentHistory(
  db: Kysely<Database>,
  incidentIds: string[] | null,
): Promise<Map<string, FieldChange[]>> {
  const byId = new Map<string, FieldChange[]>();
  if (incidentIds?.length === 0) return byId;
  let query = db.selectFrom("incident_history").selectAll().orderBy("incident_id").orderBy("position");
  if (incidentIds) query = query.where("incident_id", "in", incidentIds);
  const rows = await query.execute();
  for (const r of rows) {
    const change: FieldChange = {
      field: r.field as FieldChange["field"],
      value: r.value === null ? null : JSON.parse(r.value),
      previous: r.previous === null ? null : JSON.parse(r.previous),
      recorded_at: r.recorded_at,
      document_ids: JSON.parse(r.document_ids) as string[],
    };
    (byId.get(r.incident_id) ?? byId.set(r.incident_id, []).get(r.incident_id)!).push(change);
  }
  return byId;
}

/** The incidents holding any of these events, as stored (before a block is re-merged). */
export async function listIncidentsHolding(db: Kysely<Database>, eventIds: string[]): Promise<IncidentRecord[]> {
  if (eventIds.length === 0) return [];
  const ids = db.selectFrom("incident_events").select("incident_id").where("event_id", "in", eventIds);
  const rows = await db
    .selectFrom("incidents")
    .select("record")
    .where("incident_id", "in", ids)
    .orderBy("incident_id")
    .execute();
  return rows.map((r) => JSON.parse(r.record) as IncidentRecord);
}

export async function listEventsByIds(db: Kysely<Database>, eventIds: string[]): Promise<EventRecord[]> {
  if (eventIds.length === 0) return [];
  const rows = await db
    .selectFrom("events")
    .select("record")
    .where("event_id", "in", eventIds)
    .orderBy("event_id")
    .execute();
  return rows.map((r) => JSON.parse(r.record) as EventRecord);
}

/** Every incident, or with `history` each with the history of its fields. */
export async function listIncidents(
  db: Kysely<Database>,
  options: { history?: boolean } = {},
): Promise<IncidentRecord[]> {
  const rows = await db.selectFrom("incidents").select("record").orderBy("event_date").orderBy("incident_id").execute();
  const incidents = rows.map((r) => JSON.parse(r.record) as IncidentRecord);
  if (!options.history) return incidents;
  const histories = await listIncidentHistory(db, null);
  return incidents.map((i) => ({ ...i, history: histories.get(i.incident_id) ?? [] }));
}

/** One incident with the history of its fields, or null. */
export async function getIncident(db: Kysely<Database>, incidentId: string): Promise<IncidentRecord | null> {
  const row = await db
    .selectFrom("incidents")
    .select("record")
    .where("incident_id", "=", incidentId)
    .executeTakeFirst();
  if (!row) return null;
  const histories = await listIncidentHistory(db, [incidentId]);
  return { ...(JSON.parse(row.record) as IncidentRecord), history: histories.get(incidentId) ?? [] };
}

/** The keys among these that `sitrep watch` has read before. */
export async function listSeen(db: Kysely<Database>, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.selectFrom("watch_seen").select("key").where("key", "in", keys).execute();
  return new Set(rows.map((r) => r.key));
}

export async function markSeen(db: Kysely<Database>, keys: string[], now: string): Promise<void> {
  if (keys.length === 0) return;
  await db
    .insertInto("watch_seen")
    .values(keys.map((key) => ({ key, seen_at: now })))
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
}
