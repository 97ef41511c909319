// The days an incident's text says it lasted: "between June 1 and June 3", "from June 1 to 3", "June 1-3",
// or the days it lists: "on Thursday and Friday", "on Monday, Tuesday and Thursday" (those days only).
// ACLED codes one event per day, so such an incident becomes one record per day (draft-incident.ts) and a
// total over the days is shared out; a strategic development over the days stays one record dated with the
// span (spanDate). Only a span whose both ends are stated counts: "fighting over three
// days" says how long, not which days: it stays one event, dated from the range those days may cover
// (widenToDuration), at week precision.

import type { DateValue, Field } from "../../doc.js";
import { type CalendarDateData, type Doc, field, type LayerSpan, type Span, spansOf } from "../../doc.js";
import type { Incident } from "./incident.js";
import type { EventsSettings } from "./settings.js";

const DAY_MS = 86_400_000;

export type DaySpan = { days: string[]; evidence: Span[] };

// What joins the two ends, and what the first end needs before it ("between" for "and").
const JOINS: [RegExp, RegExp | null][] = [
  [/^\s*and\s*$/i, /\bbetween\s+(?:the\s+)?$/i],
  [/^\s*(?:to|until|till|through|thru)\s*$/i, null],
  [/^\s*[-–—]\s*$/, null],
];

export function findDaySpan(doc: Doc, incident: Incident, settings: EventsSettings): DaySpan | null {
  const sentences = spansOf(doc, "sentences");
  const inIncident = (d: Span) =>
    [...incident.sentences].some((i) => d.start >= sentences[i].start && d.end <= sentences[i].end);
  const dates = spansOf(doc, "dates").filter((d) => d.label === "DATE" && inIncident(d));
  for (let i = 0; i + 1 < dates.length; i++) {
    const [first, last] = [dates[i], dates[i + 1]];
    if (!isDay(first, "start") || !isDay(last, "end") || !isJoined(doc, first, last, settings.dayRangeLookbackChars))
      continue;
    if (incident.date && incident.date !== first && incident.date !== last) continue;
    const days = daysBetween(String(first.data!.start), String(last.data!.start), settings.maxSplitDays);
    if (days.length >= 2 && days.length <= settings.maxSplitDays) return { days, evidence: [first, last] };
  }
  return findListedDays(doc, incident, dates, settings);
}

// What parts a list of days: a comma between its items, "and" before its last.
const LIST_COMMA = /^\s*,\s*$/;
const LIST_AND = /^\s*(?:,\s*)?and\s*$/i;
// What may follow a list of days: the clause's end or a place. "on June 1 and June 3 was quiet" is no list
// of one incident's days but a clause whose subject is the second day.
const AFTER_LIST = /^\s*(?:[,.;:)]|$|(?:in|near|at|around|across|outside)\b)/i;

/**
 * "clashed on Thursday and Friday": the days of a list, each its own record (ACLED codes one event per day),
 * in order and at most settings.maxSplitDays of them. The incident's own date must be one of them.
 */
function findListedDays(
  doc: Doc,
  incident: Incident,
  dates: LayerSpan<"dates">[],
  settings: EventsSettings,
): DaySpan | null {
  for (let i = 0; i + 1 < dates.length; i++) {
    let j = i;
    while (j + 1 < dates.length && LIST_COMMA.test(doc.text.slice(dates[j].end, dates[j + 1].start))) j++;
    if (j + 1 >= dates.length || !LIST_AND.test(doc.text.slice(dates[j].end, dates[j + 1].start))) continue;
    if (!AFTER_LIST.test(doc.text.slice(dates[j + 1].end, dates[j + 1].end + 12))) continue;
    const listed = dates.slice(i, j + 2);
    if (incident.date && !listed.includes(incident.date)) continue;
    if (!listed.every((d) => isDay(d, "end"))) continue;
    const days = listed.map((d) => String(d.data!.start));
    const isOrdered = days.every((day, k) => k === 0 || day > days[k - 1]);
    if (isOrdered && days.length <= settings.maxSplitDays) return { days, evidence: listed };
  }
  return null;
}

/**
 * A span kept whole (lexicon events/whole-span-event-types.txt): its first to its last day, at week
 * precision, since the span is at most settings.maxSplitDays long. Inferred: the text names the ends, not
 * the days between.
 */
export function spanDate(span: DaySpan): Field<DateValue> {
  return field<DateValue>(
    { start: span.days[0], end: span.days[span.days.length - 1], precision: 2 },
    span.evidence,
    false,
  );
}

/** The first end must name its day (its own start); the last end must be one day. */
function isDay(date: LayerSpan<"dates">, end: "start" | "end"): boolean {
  const data: Partial<CalendarDateData> = date.data ?? {};
  if (typeof data.start !== "string") return false;
  // "from June 1 to 3": the dates layer may read "June 1" as an open range; its own timex is still a day.
  const isOneDay = data.precision === 1 || /^\d{4}-\d{2}-\d{2}$/.test(String(data.timex ?? ""));
  return end === "start" ? isOneDay : isOneDay && data.start === data.end;
}

function isJoined(doc: Doc, first: Span, last: Span, lookbackChars: number): boolean {
  const between = doc.text.slice(first.end, last.start);
  const before = doc.text.slice(Math.max(0, first.start - lookbackChars), first.start);
  return JOINS.some(([join, needs]) => join.test(between) && (!needs || needs.test(before)));
}

function daysBetween(start: string, end: string, maxDays: number): string[] {
  const from = Date.parse(`${start}T00:00:00Z`);
  const to = Date.parse(`${end}T00:00:00Z`);
  if (!(to > from)) return [];
  const days: string[] = [];
  for (let t = from; t <= to && days.length <= maxDays; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

const NUMBERS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  several: 0,
  2: 2,
  3: 3,
  4: 4,
  5: 5,
  6: 6,
  7: 7,
};
const DURATION =
  /\b(?:over|for|during|in)\s+(?:the\s+(?:past|last)\s+)?(\w+)\s+days\b|\b(\w+)\s+days\s+of\s+(?:fighting|clashes|violence|battles?|attacks|shelling|strikes)\b/gi;

/**
 * "Fighting over three days ... said on Sunday": the days are not named, so no record per day; the
 * incident's one-day date becomes the range of the n days up to it, at week precision.
 */
export function widenToDuration(doc: Doc, incident: Incident): Field<DateValue> | null {
  const date = incident.date?.data;
  if (!incident.date || !date || date.precision !== 1 || date.start !== date.end) return null;
  const sentences = spansOf(doc, "sentences");
  for (const i of [...incident.sentences].sort((a, b) => a - b)) {
    const text = doc.text.slice(sentences[i].start, sentences[i].end);
    for (const m of text.matchAll(DURATION)) {
      const n = NUMBERS[(m[1] ?? m[2]).toLowerCase()];
      if (!n) continue;
      const start = sentences[i].start + m.index!;
      const span: Span = { start, end: start + m[0].length, label: "DURATION", by: "events/duration" };
      const end = String(date.start);
      const first = new Date(Date.parse(`${end}T00:00:00Z`) - (n - 1) * DAY_MS).toISOString().slice(0, 10);
      return field<DateValue>({ start: first, end, precision: 2 }, [span, incident.date], false);
    }
  }
  return null;
}
