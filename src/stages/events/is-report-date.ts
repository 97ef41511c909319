// "BAMAKO, March 3 (Wire) - Gunmen killed ...": the dateline's date (label DATELINE, dates stage) is the
// day the report was filed. The incident happened on or before it, on a day the text may give elsewhere
// ("on Tuesday") or not at all; taking the filing day as the event's day would state what the text does not.
import { type Doc, type LayerSpan, type Span, spansOf } from "../../doc.js";

export function isReportDate(date: Span): boolean {
  return date.label === "DATELINE";
}

/**
 * "called for further protests next week": a day after the report's date (publication, else the dateline's
 * date) is when something may happen, never when a reported event did.
 */
export function isAfterReportDate(doc: Doc, date: LayerSpan<"dates">): boolean {
  const reported = doc.meta.published?.slice(0, 10) ?? spansOf(doc, "dates").find(isReportDate)?.data?.start;
  const start = date.data?.start;
  return !!reported && !!start && String(start) > String(reported);
}
