// An event record with every field filled in with something plain, for store and export tests that need
// records without running the pipeline; each test overrides the fields it is about.
import { createDoc, type Doc } from "../doc.js";
import type { EventRecord } from "../records/event-record.js";
import type { IncidentRecord } from "../records/incident-record.js";

export function makeEventRecord(documentId: string, index: number, fields: Partial<EventRecord> = {}): EventRecord {
  return {
    event_id: `${documentId}-${index}`,
    event_date: "2024-03-01",
    date_start: "2024-03-01",
    date_end: "2024-03-01",
    time_precision: 1,
    disorder_type: "Political violence",
    event_type: "Battles",
    sub_event_type: "Armed clash",
    actor1: "Military Forces of Testland",
    assoc_actor_1: [],
    inter1: 1,
    actor2: null,
    assoc_actor_2: [],
    inter2: null,
    country: "Kenya",
    iso3: "KEN",
    admin1: "Nairobi",
    location: "Nairobi",
    latitude: -1.28,
    longitude: 36.82,
    geo_precision: 1,
    fatalities_low: 1,
    fatalities_best: 1,
    fatalities_high: 1,
    fatalities_known: true,
    weapons: [],
    sources: [
      { document_id: documentId, origin: `${documentId}.txt`, publisher: "Invented Wire", published: "2024-03-02" },
    ],
    evidence: { event_type: [{ document_id: documentId, start: 0, end: 7, text: "clashed" }] },
    notes: "Soldiers clashed with gunmen near the market.",
    injuries_low: null,
    injuries_best: null,
    injuries_high: null,
    injuries_known: false,
    civilian_targeting: null,
    in_response_to: [],
    in_response_to_claims: [],
    claims: [],
    same_incident: [],
    other_tactics: [],
    fatalities_split: null,
    // A test that sets only the day gets an interval of that day, as the pipeline's records have.
    ...("event_date" in fields ? { date_start: fields.event_date ?? null, date_end: fields.event_date ?? null } : {}),
    ...fields,
  };
}

/** A document to store records under (its text is the records' notes). */
export function makeDocFor(documentId: string, events: EventRecord[]): Doc {
  return createDoc(documentId, events.map((e) => e.notes).join(" ") || "Nothing happened.", {
    origin: `${documentId}.txt`,
    published: "2024-03-02",
    publisher: "Invented Wire",
  });
}

/** An incident of one plain event (makeEventRecord's fields), for tests of what reads incidents. */
export function makeIncidentRecord(incidentId: string, fields: Partial<IncidentRecord> = {}): IncidentRecord {
  const { event_id, sources, fatalities_split: _split, ...event } = makeEventRecord(incidentId, 1);
  return {
    ...event,
    incident_id: incidentId,
    event_ids: [event_id],
    sources: sources.map((s) => ({ ...s, original_publisher: null, duplicate_of: null, event_ids: [event_id] })),
    corroboration: 1,
    first_reported: "2024-03-02",
    last_updated: "2024-03-02",
    conflicts: [],
    ...fields,
  };
}
