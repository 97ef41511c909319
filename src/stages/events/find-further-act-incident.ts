// "Gunmen killed 14 villagers in an attack on a village in Zamfara state on Monday. The attackers also
// torched shops in Anka": a further act of the same people (is-back-reference.ts) that names a place or
// day of its own is still the incident's when that setting fits it: a town inside the province the
// incident was placed in, the village the raid hit, the same day. ACLED codes the arson with the attack.
// A setting that is apart (another town, province or country; another day) is another incident.
import { type Doc, spansOf, spansWithin } from "../../doc.js";
import { datesOverlap } from "./dates-overlap.js";
import type { TriggerMention } from "./find-triggers.js";
import type { Incident } from "./incident.js";
import { isToldAsFurtherAct } from "./is-back-reference.js";
import { arePlacesApart } from "./is-elsewhere.js";
import { isReportDate } from "./is-report-date.js";
import { isSayingDate } from "./is-saying-date.js";
import type { SourceWords } from "./is-source-place.js";
import { locateEvent } from "./locate-event.js";
import type { ParseTree } from "./parse-tree.js";
import type { EventsSettings } from "./settings.js";

/** The incident just told, when the mention is a further act of its doers in a setting that fits it. */
export function findFurtherActIncident(
  doc: Doc,
  tree: ParseTree,
  latest: Incident | undefined,
  mention: TriggerMention,
  allMentions: TriggerMention[],
  settings: EventsSettings,
  sourceWords: SourceWords,
): Incident | undefined {
  if (!latest || !isToldAsFurtherAct(tree, mention)) return undefined;
  return fitsSetting(doc, tree, latest, mention, allMentions, settings, sourceWords) ? latest : undefined;
}

/** The mention names no day and no place of its own apart from the incident's. */
export function fitsSetting(
  doc: Doc,
  tree: ParseTree,
  incident: Incident,
  mention: TriggerMention,
  allMentions: TriggerMention[],
  settings: EventsSettings,
  sourceWords: SourceWords,
): boolean {
  return (
    isSameDay(doc, tree, incident, mention) && isSamePlace(doc, incident, mention, allMentions, settings, sourceWords)
  );
}

/** No day of its own but the one someone spoke on, or a day the incident's date overlaps. */
function isSameDay(doc: Doc, tree: ParseTree, incident: Incident, mention: TriggerMention): boolean {
  const { start, end } = spansOf(doc, "sentences")[mention.sentence];
  const days = spansWithin(doc, "dates", start, end).filter((d) => !isReportDate(d) && !isSayingDate(tree, d));
  return days.every((d) => incident.date !== null && datesOverlap(d, incident.date));
}

function isSamePlace(
  doc: Doc,
  incident: Incident,
  mention: TriggerMention,
  allMentions: TriggerMention[],
  settings: EventsSettings,
  sourceWords: SourceWords,
): boolean {
  const own = locateEvent(doc, [mention], allMentions, settings, sourceWords)?.value;
  const theirs = own && locateEvent(doc, incident.mentions, allMentions, settings, sourceWords)?.value;
  return !own || !theirs || !arePlacesApart(own, theirs);
}
