// A pipeline job killed after replacing a document's extraction but before queueing its merge leaves incidents
// holding events that no longer exist (incident_events keeps ids, not rows). The retried job cannot know them any
// more, so a starting worker looks for them once, as it looks for events in no incident.
import type pg from "pg";

export async function listStaleIncidentMembers(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ event_id: string }>(
    "select ie.event_id from incident_events ie where not exists (select 1 from events e where e.event_id = ie.event_id)",
  );
  return rows.map((r) => r.event_id);
}
