// "In April 1989, Soviet troops killed 21 people when they broke up a rally", "forces overran the town in
// July 1995 and killed more than 8,000 men": in a conflict report too, an incident whose date, stated in
// the sentence that tells it, ended long before publication (settings.historyDays) is the report's
// history, not an incident it brings; ACLED coded it from the reports of its own days. It is read on the
// grouped incident, after its date is settled, because the parser often cannot say which clause a
// fronted date belongs to; is-long-past.ts reads the nearest date of a trigger in a report with no
// conflict evidence, before grouping. A whole earlier calendar year ("in 2019" in a 2021 report, "last
// year") is history however near: a report of an incident gives its day, or at least its month.
import { type Doc, spansOf } from "../../doc.js";
import type { Incident } from "./incident.js";
import { endedLongBefore } from "./is-long-past.js";
import type { EventsSettings } from "./settings.js";

export function isHistoryIncident(doc: Doc, incident: Incident, settings: EventsSettings): boolean {
  const published = Date.parse(doc.meta.published?.slice(0, 10) ?? "");
  if (Number.isNaN(published) || !incident.date) return false;
  if (!endedLongBefore(published, incident.date.data?.end, settings) && !isEarlierYear(published, incident.date))
    return false;
  const sentences = spansOf(doc, "sentences");
  const date = incident.date;
  return incident.mentions.some((m) => {
    const sentence = sentences[m.sentence];
    return sentence.start <= date.start && date.end <= sentence.end;
  });
}

/** "in 2019" in a 2021 report: a whole calendar year stated, before the report's year. A month ("in December",
 * possibly last month) is left to historyDays. */
function isEarlierYear(published: number, date: NonNullable<Incident["date"]>): boolean {
  const { start = "", end = "" } = date.data ?? {};
  const isWholeYear = start.endsWith("-01-01") && end.endsWith("-12-31") && start.slice(0, 4) === end.slice(0, 4);
  return isWholeYear && end < `${new Date(published).getUTCFullYear()}-01-01`;
}
