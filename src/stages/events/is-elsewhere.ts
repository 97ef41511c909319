// Where a mention says its act happened, against where the incident it might join happened. A roundup
// ("Gunmen attacked a post in Djibo on Sunday ... Militants ambushed a convoy near Kaya on Sunday") tells
// incidents of one kind and one day in different towns; a multi-country report tells one kind of act in
// each country. ACLED codes one event per place, so a mention that names a place of its own in another
// country, or another named town, is another incident. Only the mention's own stated place counts: an
// unplaced mention ("the attackers also burned shops") may join anything, and a country the report is
// about is no place the mention names (forbidding every cross-country join, stated or inferred, cost
// dev F1 0.397 -> 0.395 and doubled check duplicates).
import type { Doc, PlaceValue } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import { locateEvent } from "./locate-event.js";
import type { EventsSettings } from "./settings.js";

/** The mention names a place of its own in another country, or another town, than the incident's mentions. */
export function isElsewhere(
  doc: Doc,
  mention: TriggerMention,
  incidentMentions: TriggerMention[],
  allMentions: TriggerMention[],
  settings: EventsSettings,
): boolean {
  const own = locateEvent(doc, [mention], allMentions, settings)?.value;
  if (!own) return false;
  const theirs = locateEvent(doc, incidentMentions, allMentions, settings)?.value;
  return theirs !== undefined && arePlacesApart(own, theirs);
}

/** Two countries, or two towns ("near" one counts: its location is still the town). */
export function arePlacesApart(a: PlaceValue, b: PlaceValue): boolean {
  if (a.iso3 && b.iso3 && a.iso3 !== b.iso3) return true;
  const isTown = (p: PlaceValue) => p.precision < 3 && p.latitude !== null;
  return isTown(a) && isTown(b) && a.location !== b.location;
}
