// What changed in the incidents between two looks at the store, for `sitrep watch`: an incident is new, or
// changed (a report added a source, a figure, a conflict), or it replaces incidents it absorbed (its id can
// change when it merges with an older one, so members, not ids, say where an incident went).
import type { IncidentRecord } from "../records/incident-record.js";

export type IncidentSnapshot = Map<string, { json: string; eventIds: string[] }>;

export type IncidentChange = { change: "new" | "changed"; replaces: string[]; incident: IncidentRecord };

export function snapshotIncidents(incidents: IncidentRecord[]): IncidentSnapshot {
  return new Map(incidents.map((i) => [i.incident_id, { json: JSON.stringify(i), eventIds: i.event_ids }]));
}

export function diffIncidents(before: IncidentSnapshot, after: IncidentRecord[]): IncidentChange[] {
  const ownerOf = new Map<string, string>();
  for (const [id, { eventIds }] of before) for (const e of eventIds) ownerOf.set(e, id);
  const changes: IncidentChange[] = [];
  for (const incident of after) {
    const previous = before.get(incident.incident_id);
    if (previous?.json === JSON.stringify(incident)) continue;
    const replaces = [
      ...new Set(
        incident.event_ids.map((e) => ownerOf.get(e)).filter((id): id is string => !!id && id !== incident.incident_id),
      ),
    ].sort();
    changes.push({ change: previous || replaces.length > 0 ? "changed" : "new", replaces, incident });
  }
  return changes;
}
