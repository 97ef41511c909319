// The history of an incident's fields across updates: each time a block is re-merged, every new incident is
// compared with the incident it grew from (the old one sharing most of its events) and a change is recorded
// for each field whose chosen value moved (a revised toll, a more precise place), with the reports that came
// in. Histories of incidents that merged are joined, so nothing said before is lost when ids change.
// Unlike the incidents themselves this depends on arrival order: it records what sitrep knew when.

import { type FieldChange, HISTORY_FIELDS, type IncidentRecord } from "../records/incident-record.js";

import { compare } from "./choose-fields.js";

/** New incidents' histories: their predecessors' histories joined, plus this update's changes stamped `now`. */
export function traceHistory(
  before: readonly IncidentRecord[],
  histories: ReadonlyMap<string, FieldChange[]>,
  after: readonly IncidentRecord[],
  now: string,
): Map<string, FieldChange[]> {
  const traced = new Map<string, FieldChange[]>();
  for (const incident of after) {
    const members = new Set(incident.event_ids);
    const shared = (p: IncidentRecord) => p.event_ids.filter((e) => members.has(e)).length;
    const predecessors = before
      .filter((p) => shared(p) > 0)
      .sort((a, b) => shared(b) - shared(a) || compare(a.incident_id, b.incident_id));
    const inherited = joinHistories(predecessors.map((p) => histories.get(p.incident_id) ?? []));
    traced.set(incident.incident_id, [...inherited, ...listChanges(predecessors, incident, now)]);
  }
  return traced;
}

function listChanges(predecessors: IncidentRecord[], incident: IncidentRecord, now: string): FieldChange[] {
  const main = predecessors[0];
  const known = new Set(predecessors.flatMap((p) => p.sources.map((s) => s.document_id)));
  const added = incident.sources.map((s) => s.document_id).filter((id) => !known.has(id));
  const changes: FieldChange[] = [];
  for (const field of HISTORY_FIELDS) {
    const value = incident[field] ?? null;
    const previous = main ? (main[field] ?? null) : null;
    if (JSON.stringify(value) === JSON.stringify(previous)) continue;
    changes.push({ field, value, previous, recorded_at: now, document_ids: added });
  }
  return changes;
}

/** One list in time order; an entry inherited through two paths (a split incident joined again) appears once. */
function joinHistories(lists: FieldChange[][]): FieldChange[] {
  const seen = new Map<string, FieldChange>();
  for (const change of lists.flat()) seen.set(JSON.stringify(change), change);
  return [...seen.values()].sort((a, b) => compare(a.recorded_at, b.recorded_at));
}
