// What happens at a protest is part of it. ACLED codes a demonstration once per place and day: the
// crowd's injured ("three protesters were taken to hospital"), the arrests police made ("25 people were
// arrested during the protest") and the tear gas are the protest's outcome or its intervention, never new
// events. So a protest mention, or an arrest whose sentence names the protest or its crowd, that no other
// rule joins, joins the latest protest the report told when it names no other day, no other town or
// country, and does not say it tells another one ("Separately, students rallied in ...").
import { type Doc, type LayerSpan, spansOf, spansWithin } from "../../doc.js";
import { datesOverlap } from "./dates-overlap.js";
import type { TriggerMention } from "./find-triggers.js";
import type { Incident } from "./incident.js";

const DEMONSTRATIONS = "Demonstrations";
const PROTESTS = "Protests";
const ARRESTS = "Arrests";
const VIOLENT_DEMONSTRATION = "Violent demonstration";
// "Separately, ...", "In another protest, ...": the sentence says it tells another incident.
const OTHER_INCIDENT = /\b(?:separately|elsewhere|another|earlier|previously|last (?:week|month|year))\b/i;

/**
 * `incidents`: those the mention may join (not elsewhere); `date`: the mention's own, if any;
 * `mentions`: the report's occurring mentions.
 */
export function findProtestIncident(
  doc: Doc,
  incidents: Incident[],
  mention: TriggerMention,
  date: LayerSpan<"dates"> | null,
  mentions: TriggerMention[],
  placeOf: (incident: Incident) => string | null,
): Incident | undefined {
  if (isToldAsAnother(doc, mention)) return undefined;
  const protest = [...incidents].reverse().find((i) => i.mentions[0].disorderType === DEMONSTRATIONS);
  if (!protest || !isSameDay(protest.date, date)) return undefined;
  return isProtestPart(mention, mentions) || isToldAgainOf(doc, protest, mention, placeOf) ? protest : undefined;
}

/**
 * "Police fired tear gas and arrested dozens ... Police said 45 people were detained": the protest already
 * holds an arrest, so an arrest with no protest word of its own is that one told again with its count. "The
 * protesters had burned tyres": a crowd's violence is the demonstration turning violent, which ACLED codes
 * as the one violent demonstration, not a riot beside the protest, unless its sentence names another place
 * than the protest's: "Some threw stones at officers in <another town>" after a protest in "the capital" is
 * elsewhere (`placeOf`: the protest's town, "the capital" read as the town it points to).
 */
function isToldAgainOf(
  doc: Doc,
  protest: Incident,
  mention: TriggerMention,
  placeOf: (incident: Incident) => string | null,
): boolean {
  if (mention.subEventType === VIOLENT_DEMONSTRATION) {
    const sentence = spansOf(doc, "sentences")[mention.sentence];
    const named = spansWithin(doc, "places", sentence.start, sentence.end).filter((p) => !p.data?.role);
    return named.length === 0 || named.some((p) => p.data?.location === placeOf(protest));
  }
  return mention.subEventType === ARRESTS && protest.mentions.some((m) => m.subEventType === ARRESTS);
}

/**
 * A protest word, or an arrest told with one ("arrested 15 protesters", "arrested at the march"). Not a
 * riot word: a crowd that turns to stones is told as a change of what it does, and stays as the other
 * rules join it.
 */
function isProtestPart(mention: TriggerMention, mentions: TriggerMention[]): boolean {
  if (mention.eventType === PROTESTS) return true;
  return (
    mention.subEventType === ARRESTS &&
    mentions.some((m) => m.sentence === mention.sentence && m.eventType === PROTESTS)
  );
}

function isToldAsAnother(doc: Doc, mention: TriggerMention): boolean {
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  return OTHER_INCIDENT.test(doc.text.slice(sentence.start, sentence.end));
}

/**
 * No day of its own, or one that overlaps the protest's. A dated mention never joins an undated protest:
 * that is a headline's, which join-lead-mention.ts joins to the body's protest as a whole.
 */
function isSameDay(protest: LayerSpan<"dates"> | null, own: LayerSpan<"dates"> | null): boolean {
  if (!own) return true;
  return protest !== null && datesOverlap(protest, own);
}
