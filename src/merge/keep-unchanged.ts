// Which of a re-merged block's incidents differ from the stored ones. A block holds every incident near a new report,
// but a report changes a few of them: rewriting only those (and their history) keeps a merge's writes to what it
// changed, not to the size of its town's week. An incident is unchanged when the same id holds the same record.
import { isDeepStrictEqual } from "node:util";
import type { IncidentRecord } from "../records/incident-record.js";

export type IncidentChanges = {
  /** New incidents not stored as they are: to be written. */
  changed: IncidentRecord[];
  /** Stored incidents not among the new ones as they are: to be dropped. */
  replaced: IncidentRecord[];
};

export function findChangedIncidents(
  before: readonly IncidentRecord[],
  after: readonly IncidentRecord[],
): IncidentChanges {
  const stored = new Map(before.map((i) => [i.incident_id, i]));
  const kept = new Set<string>();
  const changed: IncidentRecord[] = [];
  for (const incident of after) {
    const old = stored.get(incident.incident_id);
    // Compared as stored (JSON: no undefined fields, and PostgreSQL may reorder keys).
    if (old && isDeepStrictEqual(JSON.parse(JSON.stringify(incident)), old)) kept.add(old.incident_id);
    else changed.push(incident);
  }
  return { changed, replaced: before.filter((i) => !kept.has(i.incident_id)) };
}
