// The rules that pick one value per field from the events of an incident (FIELD_RULES says them in words).
// Each rule is deterministic in the set of events: ties are broken by value or id, never by arrival order.
import { type EventRecord, isDatedByReport } from "../records/event-record.js";
import type { FieldConflict } from "../records/incident-record.js";

/** The event whose value wins: lowest precision number (most precise), then the value most reports give, then the smallest key. */
export function pickMostPrecise(
  events: EventRecord[],
  precisionOf: (e: EventRecord) => number | null,
  keyOf: (e: EventRecord) => string | null,
): EventRecord {
  const given = events.filter((e) => keyOf(e) !== null);
  const pool = given.length > 0 ? given : events;
  const best = Math.min(...pool.map((e) => precisionOf(e) ?? 4));
  const finest = pool.filter((e) => (precisionOf(e) ?? 4) === best);
  const votes = countDocuments(finest, keyOf);
  return [...finest].sort(
    (a, b) =>
      (votes.get(keyOf(b) ?? "") ?? 0) - (votes.get(keyOf(a) ?? "") ?? 0) ||
      compare(keyOf(a) ?? "", keyOf(b) ?? "") ||
      compare(a.event_id, b.event_id),
  )[0];
}

/** The value most reports give (null values abstain); ties go to the alphabetically first. */
export function pickMajority(events: EventRecord[], readValue: (e: EventRecord) => string | null): string | null {
  const votes = countDocuments(events, readValue);
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]));
  return ranked[0]?.[0] ?? null;
}

export type Figures = { low: number | null; best: number | null; high: number | null; known: boolean };

/** low = lowest reported, high = highest, best = the most recent figure from the most specific record. */
export function mergeFigures(events: EventRecord[], figuresOf: (e: EventRecord) => Figures): Figures {
  const stated = events.filter((e) => figuresOf(e).best !== null || figuresOf(e).low !== null);
  const lows = stated.map((e) => figuresOf(e).low ?? figuresOf(e).best!);
  const highs = stated.map((e) => figuresOf(e).high ?? figuresOf(e).best ?? figuresOf(e).low!);
  const ranked = stated
    .filter((e) => figuresOf(e).best !== null)
    .sort(
      (a, b) =>
        measureSpecificity(a) - measureSpecificity(b) ||
        compare(publishedOf(b), publishedOf(a)) ||
        compare(a.event_id, b.event_id),
    );
  return {
    low: lows.length ? Math.min(...lows) : null,
    best: ranked.length ? figuresOf(ranked[0]).best : null,
    high: highs.length ? Math.max(...highs) : null,
    known: events.some((e) => figuresOf(e).known),
  };
}

/** A conflict entry when the reports give more than one value for a field (null values abstain). */
export function findConflict(
  field: string,
  chosen: unknown,
  events: EventRecord[],
  readValue: (e: EventRecord) => string | number | null,
): FieldConflict | null {
  const byValue = new Map<string | number, Set<string>>();
  for (const e of events) {
    const value = readValue(e);
    if (value === null) continue;
    const docs = byValue.get(value) ?? byValue.set(value, new Set()).get(value)!;
    for (const s of e.sources) docs.add(s.document_id);
  }
  if (byValue.size < 2) return null;
  const values = [...byValue.entries()]
    .map(([value, docs]) => ({ value, document_ids: [...docs].sort() }))
    .sort((a, b) => compare(String(a.value), String(b.value)));
  return { field, chosen, values };
}

/** Smaller is more specific: day and town beat month and province. */
function measureSpecificity(e: EventRecord): number {
  return (textTimePrecision(e) ?? 4) + (e.geo_precision ?? 4);
}

/** The time precision of a date the text gives; null for a date only the report's week gives, as for none. */
export function textTimePrecision(e: EventRecord): 1 | 2 | 3 | null {
  return isDatedByReport(e) ? null : e.time_precision;
}

function publishedOf(e: EventRecord): string {
  return (
    e.sources
      .map((s) => s.published ?? "")
      .sort()
      .at(-1) ?? ""
  );
}

function countDocuments(events: EventRecord[], keyOf: (e: EventRecord) => string | null): Map<string, number> {
  const votes = new Map<string, number>();
  for (const e of events) {
    const key = keyOf(e);
    if (key !== null) votes.set(key, (votes.get(key) ?? 0) + e.sources.length);
  }
  return votes;
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
