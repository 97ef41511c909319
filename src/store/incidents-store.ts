// Incidents in the store: the queries merging needs (events near a date, the documents behind events, the
// incidents a set of events belongs to) and the replacement of a block's incidents in one transaction, so a
// reader never sees an event in two incidents or in none.
import type { Kysely } from "kysely";
import type { IncidentRecord } from "../records/incident-record.js";
import type { EventRecord } from "../records/event-record.js";
import type { Database, DocumentRow } from "./schema.js";

/** Events whose event_date lies in [from, to] (YYYY-MM-DD, inclusive), in `iso3` or of no known country when
 * it is given; or the undated ones. */
export async function listEventsInWindow(db: Kysely<Database>, window: EventWindow): Promise<EventRecord[]> {
  let query = db.selectFrom("events").select("record");
  if (window === "undated") query = query.where("event_date", "is", null);
  else {
    query = query.where("event_date", ">=", window.from).where("event_date", "<=", window.to + "\uffff");
    if (window.iso3) query = query.where((eb) => eb.or([eb("iso3", "=", window.iso3!), eb("iso3", "is", null)]));
  }
  return (await query.execute()).map((r) => JSON.parse(r.record) as EventRecord);
}

export type EventWindow = { from: string; to: string; iso3?: string | null } | "undated";

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

/** Drops every incident holding one of `eventIds` and stores `incidents` in their place, atomically. */
export async function replaceIncidents(db: Kysely<Database>, eventIds: string[], incidents: IncidentRecord[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const old = eventIds.length ? await trx.selectFrom("incident_events").select("incident_id").where("event_id", "in", eventIds).distinct().execute() : [];
    const oldIds = old.map((r) => r.incident_id);
    if (oldIds.length) {
      await trx.deleteFrom("incident_events").where("incident_id", "in", oldIds).execute();
      await trx.deleteFrom("incidents").where("incident_id", "in", oldIds).execute();
    }
    for (const incident of incidents) {
      await trx.insertInto("incidents").values({ incident_id: incident.incident_id, event_date: incident.event_date, iso3: incident.iso3, record: JSON.stringify(incident) }).execute();
      await trx.insertInto("incident_events").values(incident.event_ids.map((event_id) => ({ event_id, incident_id: incident.incident_id }))).execute();
    }
  });
}

export async function listIncidents(db: Kysely<Database>): Promise<IncidentRecord[]> {
  const rows = await db.selectFrom("incidents").select("record").orderBy("event_date").orderBy("incident_id").execute();
  return rows.map((r) => JSON.parse(r.record) as IncidentRecord);
}
