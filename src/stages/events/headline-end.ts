// Where a report's headline ends, shared by the grouping of mentions (a body mention never joins an
// incident only the headline tells) and the joining of the headline's drafts to the body's (join-lead-mention.ts).
import type { Doc } from "../../doc.js";
import type { Incident } from "./incident.js";

/**
 * Where the headline ends when the text opens with it (the clean stage's title), else 0: without a
 * headline the first sentence is the body itself, and a snippet is typed by its first event.
 */
export function headlineEnd(doc: Doc): number {
  const title = doc.meta.title?.trim();
  if (!title || !doc.text.trimStart().startsWith(title)) return 0;
  return doc.text.indexOf(title) + title.length;
}

/**
 * "Protesters clash with police in Dhaka" over a body that tells the protest: the headline's incident has
 * no day or place of its own, so a body mention would join it rather than the body's own telling and split
 * the protest in two. Headline-only incidents join the body's drafts last, as a whole (join-lead-mention.ts).
 */
export function isHeadlineOnly(incident: Incident, leadEnd: number): boolean {
  return leadEnd > 0 && incident.mentions.every((m) => m.span.start < leadEnd);
}
