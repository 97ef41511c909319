// ACLED gives every event a date: when a report does not say the day, its coders date the event by the
// report, at a coarser time precision (codebook, "Time precision": 1 the day, 2 the week, 3 the month). An
// event no words date gets the week up to the report's own day (its dated dateline, else its publication
// date) at precision 2. The date is inferred, not stated, and carries no evidence: no words date the event
// (the records call it date_from "report"). A report with no date of its own dates nothing. It runs last,
// after every reader that dates events from the text (answered events, day spans), so it never hides one.
import { type DateValue, type Doc, type EventDraft, type Field, spansOf } from "../../doc.js";

/** Fills each undated draft's date with the `weekDays` days up to the report's day. */
export function dateByReport(doc: Doc, drafts: EventDraft[], weekDays: number): void {
  const reportDay = findReportDay(doc);
  if (!reportDay) return;
  const start = shiftDays(reportDay, 1 - weekDays);
  for (const draft of drafts) {
    if (draft.date) continue;
    const date: Field<DateValue> = { value: { start, end: reportDay, precision: 2 }, evidence: [], stated: false };
    draft.date = date;
  }
}

/** The report's own day: a dated dateline ("KABUL, March 3 (Reuters) -") says it, else the publication date. */
export function findReportDay(doc: Doc): string | null {
  const dateline = spansOf(doc, "dates").find((d) => d.label === "DATELINE" && d.data?.precision === 1);
  const day = dateline?.data?.start ?? doc.meta.published?.slice(0, 10);
  return day && isCalendarDay(day) ? day : null;
}

function isCalendarDay(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`));
}

function shiftDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
