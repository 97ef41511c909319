// "Court jails three men over 2015 market bombing", "the group behind it was dismantled in 2017": a trigger
// whose nearest date in its sentence ended long before the report was published tells of history (the
// subject of a trial, an anniversary, a profile's background), not of an incident the report brings. ACLED
// codes an event from the reports of its own days; a report's look back is not a new event. Only a stated
// date counts, and only in a report with a publication date. The events stage asks it only in a report with
// no conflict evidence (is-off-register.ts): in a conflict report a recalled massacre still carries the
// actors the tests of find-parsed-actor read, and its look-backs are left to the tallies.
import { type Doc, spansOf } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import type { EventsSettings } from "./settings.js";

const DAY_MS = 24 * 60 * 60 * 1000;

export function isLongPast(doc: Doc, mention: TriggerMention, settings: EventsSettings): boolean {
  const published = publishedDay(doc);
  if (Number.isNaN(published)) return false;
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  const dates = spansOf(doc, "dates").filter((d) => d.start >= sentence.start && d.end <= sentence.end && d.data?.end);
  if (dates.length === 0) return false;
  const distance = (d: { start: number; end: number }) =>
    Math.max(d.start - mention.span.end, mention.span.start - d.end, 0);
  const nearest = dates.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  return endedLongBefore(published, nearest.data?.end, settings);
}

/**
 * The report's day in ms: its publication date, else the last day of the latest date the text states (a
 * report is written no earlier than the latest day it names, so an event named by a year long before that
 * is history even when the page lost its date). NaN when neither is known.
 */
export function reportDay(doc: Doc): number {
  const published = publishedDay(doc);
  if (!Number.isNaN(published)) return published;
  const ends = spansOf(doc, "dates")
    .filter((d) => d.data?.stated && d.data.timexType === "DATE" && !d.data.open)
    .map((d) => Date.parse(d.data?.end ?? ""))
    .filter((t) => !Number.isNaN(t));
  return ends.length > 0 ? Math.max(...ends) : Number.NaN;
}

/** The publication day in ms, NaN when the report has none. */
function publishedDay(doc: Doc): number {
  return Date.parse(doc.meta.published?.slice(0, 10) ?? "");
}

/** Whether a date's last day (`end`, YYYY-MM-DD) lies more than `historyDays` before `published` (ms). */
export function endedLongBefore(published: number, end: string | undefined, settings: EventsSettings): boolean {
  const ended = Date.parse(end ?? "");
  return !Number.isNaN(ended) && published - ended > settings.historyDays * DAY_MS;
}

/** Sentence `index` states a date that ended in a calendar year before the report's (reportDay): "in 2014". */
export function statesEarlierYear(doc: Doc, index: number): boolean {
  const day = reportDay(doc);
  if (Number.isNaN(day)) return false;
  const yearStart = `${new Date(day).getUTCFullYear()}-01-01`;
  const sentence = spansOf(doc, "sentences")[index];
  return spansOf(doc, "dates").some(
    (d) =>
      d.start >= sentence.start && d.end <= sentence.end && d.data?.stated && !!d.data.end && d.data.end < yearStart,
  );
}
