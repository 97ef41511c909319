// "In April 1989, Soviet troops killed 21 people when they broke up a rally", "forces overran the town in
// July 1995 and killed more than 8,000 men": in a conflict report too, an incident whose date, stated in
// the sentence that tells it, ended long before publication (settings.historyDays) is the report's
// history, not an incident it brings; ACLED coded it from the reports of its own days. It is read on the
// grouped incident, after its date is settled, because the parser often cannot say which clause a
// fronted date belongs to; is-long-past.ts reads the nearest date of a trigger in a report with no
// conflict evidence, before grouping.
import { type Doc, spansOf } from "../../doc.js";
import type { Incident } from "./incident.js";
import { endedLongBefore } from "./is-long-past.js";
import type { EventsSettings } from "./settings.js";

export function isHistoryIncident(doc: Doc, incident: Incident, settings: EventsSettings): boolean {
  const published = Date.parse(doc.meta.published?.slice(0, 10) ?? "");
  if (Number.isNaN(published) || !incident.date) return false;
  if (!endedLongBefore(published, incident.date.data?.end, settings)) return false;
  const sentences = spansOf(doc, "sentences");
  const date = incident.date;
  return incident.mentions.some((m) => {
    const sentence = sentences[m.sentence];
    return sentence.start <= date.start && date.end <= sentence.end;
  });
}
