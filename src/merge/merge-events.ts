// Event records -> incidents, in memory: items, linked pairs (blocked by country and day), clusters, one
// incident per cluster. The store's incremental update and the benchmark both call this on a block.
import type { EventRecord } from "../records/event-record.js";
import type { IncidentRecord } from "../records/incident-record.js";
import { buildIncident } from "./build-incident.js";
import { clusterItems } from "./cluster-items.js";
import type { SourceDocument } from "./list-sources.js";
import { toMergeItem } from "./merge-item.js";
import { MERGE_SETTINGS, type MergeSettings } from "./merge-settings.js";

export function mergeEvents(
  events: EventRecord[],
  documents: ReadonlyMap<string, SourceDocument> = new Map(),
  settings: MergeSettings = MERGE_SETTINGS,
): IncidentRecord[] {
  const byId = new Map(events.map((e) => [e.event_id, e]));
  const clusters = clusterItems(events.map(toMergeItem), settings);
  return clusters
    .map((items) =>
      buildIncident(
        items.map((i) => byId.get(i.id)!),
        documents,
      ),
    )
    .sort((a, b) => (a.incident_id < b.incident_id ? -1 : 1));
}
