// "The drone attack wounded eight people" after "air strikes ... hours after the group launched a drone",
// where the headline named both "air strikes" and a "drone attack": a definite, undated mention names the
// incident an earlier mention told in the same words, even when another incident of its sub-type came
// first (the lead of the sub-type is only the fallback: one sub-type covers air strikes and drone attacks).
import type { Doc } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import type { Incident } from "./incident.js";

export function findSameWordsIncident(doc: Doc, incidents: Incident[], mention: TriggerMention): Incident | undefined {
  const words = wordsOf(doc, mention);
  return incidents.find(
    (incident) =>
      incident.mentions[0].subEventType === mention.subEventType &&
      incident.mentions.some((m) => wordsOf(doc, m) === words),
  );
}

/** The trigger's words, folded: "Drone attacks" and "drone attack" are the same words. */
function wordsOf(doc: Doc, mention: TriggerMention): string {
  return doc.text.slice(mention.span.start, mention.span.end).toLowerCase().replace(/\s+/g, " ").replace(/s$/, "");
}
