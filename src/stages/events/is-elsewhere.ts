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
import type { Incident } from "./incident.js";
import type { SourceWords } from "./is-source-place.js";
import { locateEvent } from "./locate-event.js";
import type { EventsSettings } from "./settings.js";

/**
 * The incidents a mention may join: all when it names no place of its own, else those whose mentions are not
 * placed in another country or town. The mention is located once, the incidents only when it has a place.
 */
export function incidentsHere(
  doc: Doc,
  mention: TriggerMention,
  incidents: Incident[],
  allMentions: TriggerMention[],
  settings: EventsSettings,
  sourceWords: SourceWords,
): Incident[] {
  const own = locateEvent(doc, [mention], allMentions, settings, sourceWords)?.value;
  if (!own) return incidents;
  return incidents.filter((incident) => {
    const theirs = locateEvent(doc, incident.mentions, allMentions, settings, sourceWords)?.value;
    return theirs === undefined || !arePlacesApart(own, theirs);
  });
}

/**
 * Two countries, two towns ("near" one counts: its location is still the town), or a province and a place
 * in another province ("in Zamfara" and "in Katsina": neither holds the other).
 */
export function arePlacesApart(a: PlaceValue, b: PlaceValue): boolean {
  if (a.iso3 && b.iso3 && a.iso3 !== b.iso3) return true;
  const isTown = (p: PlaceValue) => p.precision < 3 && p.latitude !== null;
  if (isTown(a) && isTown(b) && a.location !== b.location) return true;
  const isProvince = (p: PlaceValue) => p.location !== null && p.location === p.admin1;
  return (isProvince(a) || isProvince(b)) && !!a.admin1 && !!b.admin1 && a.admin1 !== b.admin1;
}
