// How one layer's spans are kept in span_layers.spans: as columns of values, not one object a span. The syntax
// stage's tokens are most of a report's spans, and as objects each repeated its keys and its "by" (about 100
// bytes a token, 22 KB a 700-word report: overflow pages that every save wrote). Version 2 kept a row of values a
// span (a third of that); version 3 keeps a column a field: starts as the step from the span before, ends as
// lengths, and a column of strings that repeat (a token's tag and relation, a span's label) as a short list of its
// values and each span's index into it, so a token is about 16 bytes and JSON.stringify reads numbers, not strings
// (bench/RESULTS.md, session 15). Stores written before keep their arrays of objects and version 2 rows, still read.
import type { Span } from "../doc.js";

type Cell = unknown;
type RowsLayer = { v: 2; by: string | null; keys: string[] | null; rows: Cell[][] };
/** A column's values, or a column of strings as its distinct values and each span's index into them. */
type Column = Cell[] | { values: string[]; at: number[] };
type ColumnsLayer = {
  v: 3;
  by: string | null;
  keys: string[] | null;
  steps: number[];
  lengths: number[];
  labels: Column;
  /** Each span's by, when they differ. */
  bys?: Column;
  /** With keys: one column a key. Without: each span's data, when every span has some. */
  data?: Column[] | Column;
};

export function encodeSpanLayer(spans: readonly Span[]): string {
  const by = spans.every((s) => s.by === spans[0]?.by) ? (spans[0]?.by ?? null) : null;
  const layer = columnsOf(spans, by, sharedKeysOf(spans[0]?.data)) ?? columnsOf(spans, by, null);
  return JSON.stringify(layer ?? rowsOf(spans, by, sharedDataKeys(spans)));
}

export function decodeSpanLayer(json: string): Span[] {
  const parsed = JSON.parse(json) as Span[] | RowsLayer | ColumnsLayer;
  if (Array.isArray(parsed)) return parsed;
  return parsed.v === 3 ? spansOfColumns(parsed) : spansOfRows(parsed);
}

/** Version 3 with one column a key of `keys`, or without keys a column of whole data objects; null when a span's
 * data does not have exactly those keys (none undefined), when only some spans have data, or when a start or end is
 * not an integer (its step would not add back exactly). One pass: a column's cells are read as the spans go. */
function columnsOf(spans: readonly Span[], by: string | null, keys: string[] | null): ColumnsLayer | null {
  const count = spans.length;
  const [steps, lengths, labels, bys] = [[], [], [], []] as [number[], number[], string[], string[]];
  const cells = keys ? keys.map(() => [] as Cell[]) : [[] as Cell[]];
  const hasData = Boolean(spans[0]?.data);
  let previous = 0;
  for (let i = 0; i < count; i++) {
    const { start, end, label, data } = spans[i]!;
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return null;
    steps.push(start - previous);
    lengths.push(end - start);
    labels.push(label);
    if (by === null) bys.push(spans[i]!.by);
    previous = start;
    if (keys) {
      if (!isPlainObject(data) || !readCells(data, keys, cells)) return null;
    } else if (Boolean(data) !== hasData) return null;
    else if (hasData) cells[0]!.push(data);
  }
  const layer: ColumnsLayer = { v: 3, by, keys, steps, lengths, labels: columnOf(labels) };
  if (by === null) layer.bys = columnOf(bys);
  if (keys) layer.data = cells.map(columnOf);
  else if (hasData) layer.data = cells[0];
  return layer;
}

/** Pushes each value of `data` onto its key's column; false when its keys are not `keys` in that order or one is
 * undefined (JSON would make it null). for-in reads a plain object's properties through V8's enum cache, where
 * data[key] with a key from a list is a slow keyed load; it also lists inherited enumerable keys, which then fail. */
function readCells(data: Record<string, unknown>, keys: string[], cells: Cell[][]): boolean {
  let k = 0;
  for (const key in data) {
    const value = data[key];
    if (key !== keys[k] || value === undefined) return false;
    cells[k++]!.push(value);
  }
  return k === keys.length;
}

/** The keys of the first span's data, when it is a plain object: the columns the other spans' data must fill. */
function sharedKeysOf(data: unknown): string[] | null {
  return isPlainObject(data) ? Object.keys(data) : null;
}

/** Strings that repeat (at most half as many distinct values as spans) as a list and indexes; else the values. */
function columnOf(cells: Cell[]): Column {
  const index = new Map<string, number>();
  const at = new Array<number>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell !== "string") return cells;
    let n = index.get(cell);
    if (n === undefined) index.set(cell, (n = index.size));
    at[i] = n;
  }
  return index.size * 2 <= cells.length ? { values: [...index.keys()], at } : cells;
}

function spansOfColumns({ by, keys, steps, lengths, labels, bys, data }: ColumnsLayer): Span[] {
  const spans = new Array<Span>(steps.length);
  let start = 0;
  for (let i = 0; i < steps.length; i++) {
    start += steps[i]!;
    const span: Span = { start, end: start + lengths[i]!, label: cellAt(labels, i) as string, by: by ?? "" };
    if (bys) span.by = cellAt(bys, i) as string;
    if (keys) span.data = Object.fromEntries(keys.map((key, k) => [key, cellAt((data as Column[])[k]!, i)]));
    else if (data) span.data = (data as Cell[])[i];
    spans[i] = span;
  }
  return spans;
}

function cellAt(column: Column, i: number): Cell {
  return Array.isArray(column) ? column[i] : column.values[column.at[i]!];
}

/** Version 2: a row of values a span. Kept for a layer whose spans mix data with none (or offsets past integers). */
function rowsOf(spans: readonly Span[], by: string | null, keys: string[] | null): RowsLayer {
  const rows = spans.map((s) => {
    const row: Cell[] = [s.start, s.end, s.label];
    if (by === null) row.push(s.by);
    if (keys) for (const key of keys) row.push((s.data as Record<string, unknown>)[key]);
    else if (s.data) row.push(s.data);
    return row;
  });
  return { v: 2, by, keys, rows };
}

function spansOfRows({ by, keys, rows }: RowsLayer): Span[] {
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
