// The incident: every event record (from every report) of one real-world event, merged field by field by
// a stated rule, keeping all sources, all evidence and every disagreement. Same columns as an event record,
// with incident_id and event_ids in place of event_id, plus corroboration, first_reported, last_updated
// and conflicts.

import type { EventRecord, SourceRef } from "./event-record.js";

export type IncidentSource = SourceRef & {
  /** The publisher a syndicated copy names as its origin ("originally published by"). */
  original_publisher: string | null;
  /** Set on a near-duplicate report: the document it copies (it has no events of its own). */
  duplicate_of: string | null;
  /** This report's events in the incident (none for a near-duplicate). */
  event_ids: string[];
};

/** A field on which the sources disagree: every value given, with the reports that give it. */
export type FieldConflict = { field: string; chosen: unknown; values: { value: unknown; document_ids: string[] }[] };

export type IncidentRecord = Omit<EventRecord, "event_id" | "sources" | "fatalities_split"> & {
  incident_id: string;
  event_ids: string[];
  sources: IncidentSource[];
  /** Independent publishers: a syndicated copy counts with its original publisher, a near-duplicate with the report it copies. */
  corroboration: number;
  /** Earliest and latest publication date among the sources (null when none is dated). */
  first_reported: string | null;
  last_updated: string | null;
  conflicts: FieldConflict[];
  /** Every value each field had as reports came in (read from the store; absent on a freshly merged record). */
  history?: FieldChange[];
};

/** How each field of an incident is chosen, for --help and the docs. */
export const FIELD_RULES: Record<string, string> = {
  event_date: "the most precise date (time_precision); among equals the one most reports give, then the earliest",
  location: "the most precise place (geo_precision), with its coordinates; among equals the one most reports give",
  event_type: "the type most reports give (ties: the alphabetically first), sub_event_type with it",
  actor1: "the actor most reports name on that side; associated actors are the union",
  fatalities:
    "low = lowest figure reported, high = highest, best = the most recent figure from the most specific record",
  injuries: "as fatalities",
  weapons: "the union over all reports",
  notes: "the sentence of the first report",
};

/** The fields whose every value is kept: what an analyst reads off an incident and what later reports revise. */
export const HISTORY_FIELDS = [
  "event_date",
  "time_precision",
  "event_type",
  "sub_event_type",
  "actor1",
  "actor2",
  "location",
  "geo_precision",
  "fatalities_low",
  "fatalities_best",
  "fatalities_high",
  "injuries_best",
  "corroboration",
] as const;

export type FieldChange = {
  field: (typeof HISTORY_FIELDS)[number];
  value: unknown;
  /** The value before this update (null for an incident's first values). */
  previous: unknown;
  /** When the store took the change (ISO 8601). */
  recorded_at: string;
  /** The reports added in this update (every report, for an incident's first values). */
  document_ids: string[];
};
