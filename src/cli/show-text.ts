// `sitrep show` for people: the document's metadata, its text, then each annotation layer as aligned
// columns (offsets, label, the words), and its events one line each. --json keeps the full record.
import type { Span } from "../doc.js";
import type { EventRecord } from "../records/event-record.js";
import type { StoredDocument } from "../store/store.js";

/** A span's words on one line, cut to a readable width. */
const MAX_WORDS_WIDTH = 80;

export function formatShowText(stored: StoredDocument, events: EventRecord[]): string {
  const { row } = stored;
  const meta = [
    ["document", row.document_id],
    ["title", row.title],
    ["publisher", row.publisher],
    ["published", row.published ?? "(no date: relative dates stay unresolved)"],
    ["url", row.url],
    ["origin", row.origin],
    ["status", row.status === "ok" ? "ok" : `${row.status}: ${row.reason} ${row.detail ?? ""}`],
  ].filter((pair): pair is [string, string] => !!pair[1]);
  const lines = [...alignColumns(meta), "", stored.text.trim(), ""];
  for (const [layer, spans] of Object.entries(stored.layers))
    lines.push(`== ${layer} (${spans.length})`, ...formatSpans(stored.text, spans), "");
  lines.push(`== events (${events.length})`, ...alignColumns(events.map(eventColumns)));
  return lines.join("\n") + "\n";
}

function formatSpans(text: string, spans: Span[]): string[] {
  return alignColumns(spans.map((s) => [`${s.start}-${s.end}`, s.label, quote(text.slice(s.start, s.end))]));
}

function eventColumns(e: EventRecord): string[] {
  const place = [e.location, e.admin1, e.country].filter(Boolean).join(", ");
  const toll = e.fatalities_known ? `${e.fatalities_best ?? "?"} killed` : "toll unknown";
  return [
    e.event_id,
    e.event_date ?? "undated",
    e.sub_event_type,
    place || "no place",
    toll,
    [e.actor1, e.actor2].filter(Boolean).join(" vs "),
  ];
}

/** Rows as columns padded to the widest cell of each (the last column unpadded). */
export function alignColumns(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd(),
  );
}

function quote(words: string): string {
  const flat = words.replace(/\s+/g, " ");
  return `"${flat.length > MAX_WORDS_WIDTH ? flat.slice(0, MAX_WORDS_WIDTH - 1) + "…" : flat}"`;
}
