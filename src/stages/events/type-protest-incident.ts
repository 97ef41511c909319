// One protest told over several sentences ("Thousands marched ... Police fired tear gas to disperse them.")
// is one incident whose first mention is the march: ACLED codes the protest by the most force used on it
// (Codebook 2023, "Protests"): dispersal, tear gas or arrests make a "Protest with intervention", and
// protesters killed or hurt by that force "Excessive force against protesters". The first mention alone
// left such a protest "Peaceful".
import type { Doc, FatalityValue, Field, LayerSpan } from "../../doc.js";
import type { ActorNouns } from "./actor-nouns.js";
import type { TriggerMention } from "./find-triggers.js";

/** Sub-event types of the Protests event type, mildest first. */
const BY_FORCE = ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"];
/** Words after a count that may still name whom it counts ("injuring at least 12 protesters"). */
const COUNTED_WORDS_AFTER = 3;

/** The incident's sub-event type: for a protest, the most force any of its mentions or counts tell. */
export function typeProtestIncident(
  doc: Doc,
  mentions: readonly TriggerMention[],
  hurt: readonly Field<FatalityValue>[],
  nouns: ActorNouns,
): string {
  const first = mentions[0];
  if (first.eventType !== "Protests") return first.subEventType;
  const levels = mentions.filter((m) => m.eventType === "Protests").map((m) => BY_FORCE.indexOf(m.subEventType));
  const level = Math.max(...levels);
  // Protesters hurt are excessive force only where force was used on them: a march with no intervention
  // whose count names protesters is more likely a riot or a clash the classifier already typed.
  if (level === 1 && hurt.some((h) => (h.value.best ?? 0) > 0 && h.evidence.some((e) => countsCrowd(doc, e, nouns))))
    return BY_FORCE[2];
  return level > 0 ? BY_FORCE[level] : first.subEventType;
}

/** "Two protesters were wounded", "injuring at least 12 protesters": the count names the crowd. */
function countsCrowd(doc: Doc, count: Pick<LayerSpan<"numbers">, "start" | "end">, nouns: ActorNouns): boolean {
  const after = doc.text.slice(count.end).split(/\s+/, COUNTED_WORDS_AFTER + 1);
  const words = [...doc.text.slice(count.start, count.end).split(/\s+/), ...after];
  return words.some((w) => nouns.kinds.get(w.toLowerCase().replace(/[^\p{L}]/gu, "")) === "protesters");
}
