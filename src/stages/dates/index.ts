// Dates: temporal expressions with their TIMEX3 value (TimeML), resolved against the publication date.
// chrono-node finds calendar dates; small parsers add what chrono's English parsers leave out (durations,
// quarters, seasons, decades, "last year", "two weeks ago", "now"/"recently", recurrences); refiners then
// settle overlaps and the periods ("since April 14" runs to the publication day).
//
// Every span has data.timex and data.timexType. The label says what the events stage may use: DATE for
// an expression that names a calendar period (with data {start, end, precision, stated, instant?, open?}),
// TIME for a clock time without a day, DURATION, SET, and REFERENCE for PRESENT_REF / PAST_REF /
// FUTURE_REF. So "three years" never becomes an event's date. A date in the dateline is the report's date
// (src/text/dateline-date.ts): the rest resolves against it, and its label, DATELINE, keeps it from dating events.
import { type DateSpanData, type Doc, type LayerSpan, type Span, withLayer } from "../../doc.js";
import type { Stage } from "../../stage.js";
import { findDatelineDate } from "../../text/dateline-date.js";
import { removeOverlaps } from "../../text/remove-overlaps.js";
import { parseDay } from "./calendar.js";
import type { Anchor, Candidate, CandidateParser } from "./candidate.js";
import { findLocalDays, type LocalDay } from "./link-local-day.js";
import { parseBareYears, parseSpelledYears } from "./parse-bare-years.js";
import { parseChronoDates } from "./parse-chrono.js";
import { createDurationsParser } from "./parse-durations.js";
import { parseQuarters } from "./parse-quarters.js";
import { parseReferenceWords } from "./parse-reference-words.js";
import { createRelativePeriodsParser } from "./parse-relative-periods.js";
import { parseSeasonsAndDecades } from "./parse-seasons-decades.js";
import { parseSets } from "./parse-sets.js";
import { parseNightsOfDays, parseTimesOfDay } from "./parse-times-of-day.js";
import { type DateQuantities, loadDateQuantities } from "./quantities.js";
import { createAnchoredDaysRefiner } from "./refine-anchored-days.js";
import { refineRanges } from "./refine-ranges.js";
import { refineYearAgoToQuarter } from "./refine-year-ago-quarter.js";
import { DATES_SETTINGS, type DatesSettings } from "./settings.js";
import { rangeOfTimex } from "./timex-range.js";

/** Every temporal expression of a text (all TIMEX3 types), resolved against the ISO publication date. */
export type DateFinder = (text: string, publishedIso?: string) => Span<DateSpanData>[];

// Order = priority on equal-length overlaps: the specific parsers before chrono's general ones.
function createParsers(quantities: DateQuantities, settings: DatesSettings): CandidateParser[] {
  return [
    parseQuarters,
    createRelativePeriodsParser(quantities),
    parseNightsOfDays, // before the parts of days: "overnight Saturday" is Saturday's night, not the last one
    parseTimesOfDay,
    parseSeasonsAndDecades,
    parseSets,
    createDurationsParser(quantities, settings),
    (text) => parseReferenceWords(text, settings.referenceNumberLookaheadChars), // before chrono: it reads "now" as a clock time
    (text, anchor) => parseChronoDates(text, anchor, settings),
    (text, anchor) => parseBareYears(text, anchor, settings),
    (text) => parseSpelledYears(text),
  ];
}

/** The parsers compiled once from the count and unit words (loadResources().dates). */
export function createDateFinder(quantities: DateQuantities, settings: DatesSettings = DATES_SETTINGS): DateFinder {
  const parsers = createParsers(quantities, settings);
  const refineAnchoredDays = createAnchoredDaysRefiner(quantities);
  const findIn = (text: string, publishedIso?: string): Span<DateSpanData>[] => {
    const published = publishedIso ? parseDay(publishedIso) : null;
    if (publishedIso && !published) return findIn(text);
    const dateline = findDatelineDate(text, published, settings.datelineWindowChars);
    const anchor: Anchor = { published: dateline?.day ?? published };
    const proposed = parsers.flatMap((parse, rank) => parse(text, anchor).map((c) => ({ c, rank })));
    const rankOf = new Map(proposed.map(({ c, rank }) => [c, rank]));
    let candidates = removeOverlaps(
      proposed.map(({ c }) => c),
      (c) => rankOf.get(c) ?? 99,
    );
    candidates = refineYearAgoToQuarter(text, candidates, settings.yearAgoQuarterSentences);
    // Before the ranges: an anchored day's anchor is a day already resolved, and it is one day itself.
    candidates = refineAnchoredDays(text, candidates, anchor.published);
    candidates = candidates.map(withRange);
    candidates = refineRanges(text, candidates, anchor.published, settings);
    const localDays = findLocalDays(text, candidates);
    const isDateline = (c: Candidate) => !!dateline && c.start <= dateline.start && dateline.end <= c.end;
    return candidates.map((c) => spanOf(c, localDays.get(c), isDateline(c)));
  };
  return findIn;
}

/** One text with the default settings and no finder at hand (tests): reads the count and unit words per call. */
export function findDates(text: string, publishedIso?: string): Span<DateSpanData>[] {
  return createDateFinder(loadDateQuantities())(text, publishedIso);
}

/** The calendar period of a DATE or TIME value; a clock time alone ("at 6 p.m.") names no day of its own. */
function withRange(c: Candidate): Candidate {
  if (c.range || c.kind === "clock-time" || (c.timexType !== "DATE" && c.timexType !== "TIME")) return c;
  const range = rangeOfTimex(c.timex);
  return range ? { ...c, range } : c;
}

function spanOf(c: Candidate, localDay: LocalDay | undefined, isDateline: boolean): Span<DateSpanData> {
  const data: DateSpanData = { timex: c.timex, timexType: c.timexType, stated: c.stated };
  if (c.range) Object.assign(data, c.range);
  if (c.instant) data.instant = c.instant;
  if (c.dayless) data.dayless = true;
  if (localDay)
    Object.assign(data, { localDay: localDay.day, localDayFrom: { start: localDay.start, end: localDay.end } });
  const label = isDateline && c.range ? "DATELINE" : labelOf(c);
  return { start: c.start, end: c.end, label, by: c.by, data };
}

function labelOf(c: Candidate): string {
  if (c.range) return "DATE"; // a calendar period, including "the past two weeks" (a DURATION in TimeML)
  if (/_REF$/.test(c.timex)) return "REFERENCE";
  return c.timexType;
}

// The layer keeps only spans that name a calendar period: the events stage takes any span of this layer
// as an event's date (it does not look at labels yet), and "three years" or "now" must never date an
// event. findDates itself returns every expression (the TempEval-3 scorer reads them all).
const SHAPE: Omit<Stage, "run"> = { name: "dates", needs: ["sentences"], makes: ["dates"] };

export function createDatesStage(quantities: DateQuantities, settings: DatesSettings = DATES_SETTINGS): Stage {
  const findIn = createDateFinder(quantities, settings);
  return {
    ...SHAPE,
    run: (doc: Doc) => withLayer(doc, "dates", findIn(doc.text, doc.meta.published).filter(isCalendarDate)),
  };
}

/** For pipelines built without resources (tests, STAGES alone): reads the small lexicons on every run. */
export const datesStage: Stage = {
  ...SHAPE,
  run: (doc: Doc) => withLayer(doc, "dates", findDates(doc.text, doc.meta.published).filter(isCalendarDate)),
};

/** A DATE or DATELINE span always has its range (labelOf, spanOf), so it is a calendar date of the layer. */
export function isCalendarDate(span: Span<DateSpanData>): span is LayerSpan<"dates"> {
  return span.label === "DATE" || span.label === "DATELINE";
}
