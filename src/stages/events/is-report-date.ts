// "BAMAKO, March 3 (Wire) - Gunmen killed ...": the dateline's date (label DATELINE, dates stage) is the
// day the report was filed. The incident happened on or before it, on a day the text may give elsewhere
// ("on Tuesday") or not at all; taking the filing day as the event's day would state what the text does not.
// The report's day is the one the dates stage resolved relative words against: the dateline's, else the
// publication day. "Next week" in a report filed on March 3 and published in July is the week of March 10,
// so a plan for it is ahead of the report, though not of its publication.
import { type Doc, type LayerSpan, type Span, spansOf } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";

export function isReportDate(date: Span): boolean {
  return date.label === "DATELINE";
}

/**
 * "called for further protests next week": a day after the report's day is when something may happen,
 * never when a reported event did.
 */
export function isAfterReportDate(doc: Doc, date: LayerSpan<"dates">): boolean {
  const reported = reportDayOf(doc);
  const start = date.data?.start;
  return !!reported && !!start && String(start) > reported;
}

/**
 * "plans to send reinforcements next week", "will march on Friday": a plan or a future clause whose sentence
 * names a day after the report's day has not happened yet, whichever the reporter's tense.
 */
export function isDatedAhead(doc: Doc, mention: TriggerMention): boolean {
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  return spansOf(doc, "dates").some(
    (d) => d.start >= sentence.start && d.end <= sentence.end && isAfterReportDate(doc, d),
  );
}

function reportDayOf(doc: Doc): string | undefined {
  const dateline = spansOf(doc, "dates").find(isReportDate)?.data?.start;
  return dateline ? String(dateline).slice(0, 10) : doc.meta.published?.slice(0, 10);
}
