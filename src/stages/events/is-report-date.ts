// "BAMAKO, March 3 (Wire) - Gunmen killed ...": the dateline's date (label DATELINE, dates stage) is the
// day the report was filed. The incident happened on or before it, on a day the text may give elsewhere
// ("on Tuesday") or not at all; taking the filing day as the event's day would state what the text does not.
import type { Span } from "../../doc.js";

export function isReportDate(date: Span): boolean {
  return date.label === "DATELINE";
}
