// "Residents of <town> said four strikes hit a military camp. A health official said three people were
// killed, but the figure could not be verified.": a sentence whose only event word is a bare toll ("three
// people were killed", "two soldiers died": the count is the clause, the trigger its verb) and that names
// no day or place of its own tells the dead of an incident already told, never an incident of its own. Its
// owner is the incident told in the sentence before, or, when that sentence tells none by an event word of
// its own, the one incident placed where that sentence says. A place that is that incident's own ("smoke
// rose over the station in <town>, where six people were killed") names no other setting. An incident whose
// clause says only "the capital" or "the city" is placed at the town that points back to (or on to, "the
// Kenyan capital ... in Nairobi": locate-at-antecedent-town.ts), as its record will be.
import { type Doc, type Span, spansOf, spansWithin } from "../../doc.js";
import type { EventLexicons } from "./event-lexicons.js";
import { readReportCountry } from "./find-report-country.js";
import type { TriggerMention } from "./find-triggers.js";
import type { Incident } from "./incident.js";
import { isReportDate } from "./is-report-date.js";
import { locateAtAntecedentTown } from "./locate-at-antecedent-town.js";
import { locateEvent } from "./locate-event.js";
import type { EventsSettings } from "./settings.js";

/** What locating an incident reads: a source's words, the words for a town. */
type PlaceWords = Pick<EventLexicons, "sourceWords" | "settlementWords">;

export function findTollOwner(
  doc: Doc,
  mention: TriggerMention,
  mentions: TriggerMention[],
  incidents: Incident[],
  allMentions: TriggerMention[],
  settings: EventsSettings,
  lexicons: PlaceWords,
): Incident | undefined {
  if (mention.sentence === 0) return undefined;
  const before = mention.sentence - 1;
  const holding = incidents.filter((incident) => incident.sentences.has(before));
  const last = holding[holding.length - 1];
  const ownPlace = last && locateEvent(doc, last.mentions, allMentions, settings, lexicons.sourceWords)?.value.location;
  if (!isBareToll(doc, mention, mentions, ownPlace ?? null)) return undefined;
  if (last) return last;
  return findPlacedIncident(doc, spansOf(doc, "sentences")[before], incidents, allMentions, settings, lexicons);
}

/**
 * The trigger is the verb of a count ("three people were killed") and nothing else in its sentence is an event;
 * `ownPlace`: the place of the incident told just before, which the sentence may name again.
 */
function isBareToll(doc: Doc, mention: TriggerMention, mentions: TriggerMention[], ownPlace: string | null): boolean {
  const { start, end } = spansOf(doc, "sentences")[mention.sentence];
  const isCountVerb = spansOf(doc, "numbers").some(
    (n) => (n.label === "KILLED" || n.label === "INJURED") && n.start < mention.span.start && mention.span.end <= n.end,
  );
  return (
    isCountVerb &&
    mentions.every((m) => m === mention || m.sentence !== mention.sentence) &&
    !spansWithin(doc, "dates", start, end).some((d) => !isReportDate(d)) &&
    !spansWithin(doc, "places", start, end).some((p) => !p.data?.role && p.data?.location !== ownPlace)
  );
}

/** The one incident whose place the sentence names ("Residents of Sanaa said ..."). */
function findPlacedIncident(
  doc: Doc,
  sentence: Span,
  incidents: Incident[],
  allMentions: TriggerMention[],
  settings: EventsSettings,
  lexicons: PlaceWords,
): Incident | undefined {
  const named = spansWithin(doc, "places", sentence.start, sentence.end).map((p) => p.data?.location);
  const placed = incidents.filter((incident) => {
    const location = townOfIncident(doc, incident, allMentions, settings, lexicons);
    return location && named.includes(location);
  });
  return placed.length === 1 ? placed[0] : undefined;
}

/** The incident's place as its record will have it: "the capital" read as the town it points to. */
export function townOfIncident(
  doc: Doc,
  incident: Incident,
  allMentions: TriggerMention[],
  settings: EventsSettings,
  lexicons: PlaceWords,
): string | null {
  const reportIso3 = () => readReportCountry(doc, settings)?.country.iso3 ?? null;
  return (
    (
      locateEvent(doc, incident.mentions, allMentions, settings, lexicons.sourceWords) ??
      locateAtAntecedentTown(doc, incident.mentions, lexicons.settlementWords, reportIso3())
    )?.value.location ?? null
  );
}
