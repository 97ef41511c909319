// The publication date, strongest source first: the input's own (a feed item, a JSONL line), the page's
// metadata, a dated dateline, then the user's --published. Each is read into ISO 8601 (toIsoDate), since
// the dates stage anchors "Wednesday" on a YYYY-MM-DD prefix: a page's raw "20 Nov 2019 08:02 GMT" left
// every relative date unresolved. A source that is not a readable date is passed over with a note, never
// stored raw.
import { toIsoDate } from "../../ingest/to-iso-date.js";

export type DateSource = { from: string; value: string | undefined };
export type PublishedPick = { published?: string; notes: string[] };

export function pickPublished(sources: DateSource[]): PublishedPick {
  const notes: string[] = [];
  for (const { from, value } of sources) {
    if (value === undefined || value.trim() === "") continue;
    const iso = toIsoDate(value);
    if (iso) return { published: iso, notes };
    notes.push(`the ${from} date "${value.trim().slice(0, 80)}" is not a date sitrep can read; it was not used`);
  }
  return { notes };
}
