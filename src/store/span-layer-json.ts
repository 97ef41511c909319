// How one layer's spans are kept in span_layers.spans: as rows of values, not one object a span. The syntax
// stage's tokens are most of a report's spans, and as objects each repeated its keys and its "by" (about 100
// bytes a token, 22 KB a 700-word report: overflow pages that every save wrote). A layer whose spans share
// their "by" stores it once, and one whose data objects share their keys stores those once, so a token is
// about a third of that. Stores written before keep the array of objects, which is still read.
import type { Span } from "../doc.js";

type Cell = unknown;
type EncodedLayer = { v: 2; by: string | null; keys: string[] | null; rows: Cell[][] };

export function encodeSpanLayer(spans: readonly Span[]): string {
  const by = spans.every((s) => s.by === spans[0]?.by) ? (spans[0]?.by ?? null) : null;
  const keys = sharedDataKeys(spans);
  const rows = spans.map((s) => {
    const row: Cell[] = [s.start, s.end, s.label];
    if (by === null) row.push(s.by);
    if (keys) for (const key of keys) row.push((s.data as Record<string, unknown>)[key]);
    else if (s.data) row.push(s.data);
    return row;
  });
  return JSON.stringify({ v: 2, by, keys, rows } satisfies EncodedLayer);
}

export function decodeSpanLayer(json: string): Span[] {
  const parsed = JSON.parse(json) as Span[] | EncodedLayer;
  if (Array.isArray(parsed)) return parsed;
  const { by, keys, rows } = parsed;
  const dataAt = by === null ? 4 : 3;
  return rows.map((row) => {
    const span: Span = {
      start: row[0] as number,
      end: row[1] as number,
      label: row[2] as string,
      by: by ?? (row[3] as string),
    };
    if (keys) span.data = Object.fromEntries(keys.map((key, i) => [key, row[dataAt + i]]));
    else if (row.length > dataAt) span.data = row[dataAt];
    return span;
  });
}

/**
 * The key list every span's data has, in one order, when each data is a plain object with no undefined
 * value (JSON would turn an undefined cell into null); else null, and each span keeps its data object.
 */
function sharedDataKeys(spans: readonly Span[]): string[] | null {
  const first = spans[0]?.data;
  if (!isPlainObject(first)) return null;
  const keys = Object.keys(first);
  const same = (data: unknown) => {
    if (!isPlainObject(data)) return false;
    const own = Object.keys(data);
    return own.length === keys.length && own.every((key, i) => key === keys[i] && data[key] !== undefined);
  };
  return spans.every((s) => same(s.data)) ? keys : null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
