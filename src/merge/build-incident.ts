// One cluster of event records (+ the reports behind them) -> an IncidentRecord, each field by its rule in
// choose-fields.ts, with every source's evidence and every disagreement kept in `conflicts`.
import { createHash } from "node:crypto";
import { type EventRecord, type EvidenceRef, isDatedByReport, readDateFrom } from "../records/event-record.js";
import type { FieldConflict, IncidentRecord } from "../records/incident-record.js";
import {
  compare,
  findConflict,
  mergeFigures,
  pickMajority,
  pickMostPrecise,
  textTimePrecision,
} from "./choose-fields.js";
import { countPublishers, listSources, type SourceDocument } from "./list-sources.js";

/** Order-independent and stable while the incident grows: a hash of its smallest member event id. */
export function incidentId(eventIds: readonly string[]): string {
  const first = [...eventIds].sort(compare)[0];
  return "inc-" + createHash("sha256").update(first).digest("hex").slice(0, 16);
}

export function buildIncident(members: EventRecord[], documents: ReadonlyMap<string, SourceDocument>): IncidentRecord {
  const events = [...members].sort((a, b) => compare(a.event_id, b.event_id));
  // A date the text gives outranks one only the report's week gives, whatever their precisions.
  const dated = pickMostPrecise(events, textTimePrecision, (e) => e.date_start);
  const placed = pickMostPrecise(
    events,
    (e) => e.geo_precision,
    (e) => e.location,
  );
  const eventType = pickMajority(events, (e) => e.event_type) ?? events[0].event_type;
  const typed = events.filter((e) => e.event_type === eventType);
  const actor1 = pickMajority(events, (e) => e.actor1);
  const actor2 = pickMajority(events, (e) => e.actor2);
  const fatalities = mergeFigures(events, (e) => ({
    low: e.fatalities_low,
    best: e.fatalities_best,
    high: e.fatalities_high,
    known: e.fatalities_known,
  }));
  const injuries = mergeFigures(events, (e) => ({
    low: e.injuries_low,
    best: e.injuries_best,
    high: e.injuries_high,
    known: e.injuries_known,
  }));
  const sources = listSources(events, documents);
  const published = sources
    .map((s) => s.published)
    .filter((p): p is string => !!p)
    .sort();
  const ids = events.map((e) => e.event_id);
  return {
    incident_id: incidentId(ids),
    event_ids: ids,
    event_date: dated.event_date,
    date_start: dated.date_start,
    date_end: dated.date_end,
    time_precision: dated.time_precision,
    date_from: readDateFrom(dated),
    disorder_type: typed[0].disorder_type,
    event_type: eventType,
    sub_event_type: pickMajority(typed, (e) => e.sub_event_type) ?? typed[0].sub_event_type,
    actor1,
    assoc_actor_1: unionOf(events, (e) => e.assoc_actor_1).filter((a) => a !== actor1),
    inter1: events.find((e) => e.actor1 === actor1)?.inter1 ?? null,
    actor2,
    assoc_actor_2: unionOf(events, (e) => e.assoc_actor_2).filter((a) => a !== actor2),
    inter2: events.find((e) => e.actor2 === actor2)?.inter2 ?? null,
    country: placed.country,
    iso3: placed.iso3,
    admin1: placed.admin1,
    location: placed.location,
    latitude: placed.latitude,
    longitude: placed.longitude,
    geo_precision: placed.geo_precision,
    fatalities_low: fatalities.low,
    fatalities_best: fatalities.best,
    fatalities_high: fatalities.high,
    fatalities_known: fatalities.known,
    injuries_low: injuries.low,
    injuries_best: injuries.best,
    injuries_high: injuries.high,
    injuries_known: injuries.known,
    weapons: unionOf(events, (e) => e.weapons),
    civilian_targeting: events.find((e) => e.civilian_targeting)?.civilian_targeting ?? null,
    in_response_to: unionOf(events, (e) => e.in_response_to),
    in_response_to_claims: unionOf(events, (e) => e.in_response_to_claims),
    claims: unionOf(events, (e) => e.claims),
    same_incident: unionOf(events, (e) => e.same_incident).filter((id) => !ids.includes(id)),
    other_tactics: dedupeTactics(events),
    sources,
    corroboration: countPublishers(sources),
    first_reported: published[0] ?? null,
    last_updated: published.at(-1) ?? null,
    evidence: mergeEvidence(events),
    notes: firstReported(events).notes,
    conflicts: listConflicts(events, {
      dated,
      placed,
      eventType,
      actor1,
      actor2,
      fatalities: fatalities.best,
      injuries: injuries.best,
    }),
  };
}

type Chosen = {
  dated: EventRecord;
  placed: EventRecord;
  eventType: string;
  actor1: string | null;
  actor2: string | null;
  fatalities: number | null;
  injuries: number | null;
};

function listConflicts(events: EventRecord[], chosen: Chosen): FieldConflict[] {
  const conflicts = [
    // Only the dates reports give can disagree: a report's week is no claim about the day.
    findConflict("event_date", chosen.dated.event_date, events, (e) => (isDatedByReport(e) ? null : e.event_date)),
    findConflict("location", chosen.placed.location, events, (e) => e.location),
    findConflict("event_type", chosen.eventType, events, (e) => e.event_type),
    findConflict("actor1", chosen.actor1, events, (e) => e.actor1),
    findConflict("actor2", chosen.actor2, events, (e) => e.actor2),
    findConflict("fatalities", chosen.fatalities, events, (e) => e.fatalities_best),
    findConflict("injuries", chosen.injuries, events, (e) => e.injuries_best),
  ];
  return conflicts.filter((c): c is FieldConflict => c !== null);
}

function firstReported(events: EventRecord[]): EventRecord {
  const publishedOf = (e: EventRecord) => e.sources[0]?.published ?? "\uffff";
  return [...events].sort((a, b) => compare(publishedOf(a), publishedOf(b)) || compare(a.event_id, b.event_id))[0];
}

function unionOf(events: EventRecord[], valuesOf: (e: EventRecord) => string[]): string[] {
  return [...new Set(events.flatMap((e) => valuesOf(e) ?? []))].sort(compare);
}

function dedupeTactics(events: EventRecord[]): EventRecord["other_tactics"] {
  const seen = new Map<string, EventRecord["other_tactics"][number]>();
  for (const t of events.flatMap((e) => e.other_tactics ?? [])) seen.set(`${t.event_type}\u0000${t.sub_event_type}`, t);
  return [...seen.entries()].sort((a, b) => compare(a[0], b[0])).map(([, t]) => t);
}

function mergeEvidence(events: EventRecord[]): Record<string, EvidenceRef[]> {
  const merged: Record<string, EvidenceRef[]> = {};
  for (const e of events) for (const [field, refs] of Object.entries(e.evidence)) (merged[field] ??= []).push(...refs);
  return merged;
}
