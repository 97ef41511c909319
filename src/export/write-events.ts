// Events to a stream, one at a time, in every export format: a store of a million events is written in
// constant memory (the events come from the store a page at a time), and a full pipe is waited for.
import type { Writable } from "node:stream";
import type { ReviewedEvent } from "../review/review-decision.js";
import { ACLED_COLUMNS, acledCells, SITREP_EXTRA_COLUMNS } from "./acled-columns.js";
import { CSV_COLUMNS, csvCell, csvLine, geoJsonFeature } from "./format-events.js";

export const EXPORT_FORMATS = ["json", "jsonl", "csv", "geojson", "acled-csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How a format lays records out: what opens it, each record's text (null: left out), between two, what closes it. */
export type Shape<T> = { head: string; line: (record: T) => string | null; separator: string; tail: string };

const SHAPES: Record<ExportFormat, Shape<ReviewedEvent>> = {
  json: { head: "[\n", line: (e) => JSON.stringify(e), separator: ",\n", tail: "\n]\n" },
  jsonl: { head: "", line: (e) => JSON.stringify(e), separator: "\n", tail: "\n" },
  csv: {
    head: [...CSV_COLUMNS, "review_status"].join(",") + "\n",
    line: (e) => `${csvLine(e)},${e.review?.status ?? "unreviewed"}`,
    separator: "\n",
    tail: "\n",
  },
  geojson: {
    head: '{"type":"FeatureCollection","features":[\n',
    line: (e) => jsonOrNull(geoJsonFeature(e)),
    separator: ",\n",
    tail: "\n]}\n",
  },
  "acled-csv": {
    head: [...ACLED_COLUMNS, ...SITREP_EXTRA_COLUMNS].join(",") + "\n",
    line: (e) => {
      const cells = acledCells(e);
      return [...ACLED_COLUMNS, ...SITREP_EXTRA_COLUMNS].map((c) => csvCell(cells[c])).join(",");
    },
    separator: "\n",
    tail: "\n",
  },
};

/** Writes every event in `format`; returns how many were written. */
export function writeEvents(
  events: AsyncIterable<ReviewedEvent>,
  format: ExportFormat,
  out: Writable,
): Promise<number> {
  return writeShaped(events, SHAPES[format], out);
}

/** Writes each record as it arrives (events, incidents, claims alike); returns how many were written. */
export async function writeShaped<T>(records: AsyncIterable<T>, shape: Shape<T>, out: Writable): Promise<number> {
  let written = 0;
  await write(out, shape.head);
  for await (const record of records) {
    const line = shape.line(record);
    if (line === null) continue;
    await write(out, (written > 0 ? shape.separator : "") + line);
    written += 1;
  }
  // An empty JSON list closes as "[]"; an empty JSONL or CSV body (no head to close) adds no blank line.
  const closesEmpty = shape.head.trimEnd().endsWith("[");
  if (written > 0 || closesEmpty) await write(out, written > 0 ? shape.tail : shape.tail.trimStart());
  return written;
}

function jsonOrNull(value: unknown): string | null {
  return value === null ? null : JSON.stringify(value);
}

function write(out: Writable, chunk: string): Promise<void> {
  if (chunk === "" || out.write(chunk)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    out.once("error", onError);
    out.once("drain", () => {
      out.off("error", onError);
      resolve();
    });
  });
}
