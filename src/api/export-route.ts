// GET /api/export: the events a filter matches in an export format, as a download (the page's Export
// button). Streamed from the store a page at a time, as `sitrep export` is, so any store size fits.
import { PassThrough, Readable } from "node:stream";
import type { Hono } from "hono";
import { EXPORT_FORMATS, type ExportFormat, writeEvents } from "../export/write-events.js";
import { parseEventQuery } from "../store/event-filter.js";
import type { Store } from "../store/store.js";
import { HttpError } from "./http-error.js";

const FILES: Record<ExportFormat, { type: string; extension: string }> = {
  "acled-csv": { type: "text/csv", extension: "csv" },
  csv: { type: "text/csv", extension: "csv" },
  geojson: { type: "application/geo+json", extension: "geojson" },
  json: { type: "application/json", extension: "json" },
  jsonl: { type: "application/x-ndjson", extension: "jsonl" },
};

export function addExportRoute(app: Hono, store: Store): void {
  app.get("/api/export", (c) => {
    // Every matching event: a page's limit and cursor do not apply to an export.
    const { format = "acled-csv", limit: _limit, cursor: _cursor, ...filters } = c.req.query();
    if (!isExportFormat(format)) throw new HttpError(400, "bad-filter", `format: one of ${EXPORT_FORMATS.join(", ")}`);
    const query = parseEventQuery(filters);
    const file = FILES[format];
    const headers = {
      "Content-Type": `${file.type}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="sitrep-events.${file.extension}"`,
    };
    // The page asks with HEAD whether exports are served: answer without reading the store.
    if (c.req.method === "HEAD") return c.body(null, 200, headers);
    const body = new PassThrough();
    writeEvents(store.iterateEvents(query), format, body).then(
      () => body.end(),
      (error: Error) => body.destroy(error),
    );
    return new Response(Readable.toWeb(body) as ReadableStream, { headers });
  });
}

function isExportFormat(format: string): format is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(format);
}
