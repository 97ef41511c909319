// "The drone attack wounded eight people" after "air strikes ... hours after the group launched a drone at
// the airport": a definite, undated mention names the incident an earlier mention told in its words, even
// when another incident of its sub-type came first (the lead of the sub-type is only the fallback: one
// sub-type covers air strikes and drone attacks). A mention with a modifier ("drone attack", "checkpoint
// attack") names the incident whose telling holds that word (the trigger and the words up to the next
// punctuation: "launched an armed drone", "attacked an army checkpoint"); a bare word ("the attacks") only
// the incident told in that same word.
import { type Doc, textOf } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import type { Incident } from "./incident.js";

export function findSameWordsIncident(doc: Doc, incidents: Incident[], mention: TriggerMention): Incident | undefined {
  const words = wordsOf(textOf(doc, mention.span));
  const modifiers = words.slice(0, -1);
  const candidates = incidents.filter((incident) => incident.mentions[0].disorderType === mention.disorderType);
  const said = candidates.find((incident) =>
    incident.mentions.some((m) => wordsOf(textOf(doc, m.span)).join(" ") === words.join(" ")),
  );
  if (said || modifiers.length === 0) return said;
  const starts = incidents.flatMap((incident) => incident.mentions.map((m) => m.span.start));
  return candidates.find((incident) =>
    modifiers.every((w) => incident.mentions.some((m) => toldWordsOf(doc, m, starts).includes(w))),
  );
}

/**
 * The trigger's words and those after it up to the next punctuation or the next mention: the act and what
 * it was done to ("launched an armed drone at a base"), never the next act a headline runs on to.
 */
function toldWordsOf(doc: Doc, mention: TriggerMention, mentionStarts: number[]): string[] {
  const next = Math.min(...mentionStarts.filter((s) => s > mention.span.end), mention.span.end + 120);
  const rest = doc.text.slice(mention.span.end, next);
  const end = rest.search(/[,.;:!?]/);
  return wordsOf(textOf(doc, mention.span) + (end < 0 ? rest : rest.slice(0, end)));
}

/** Lower-case words without a plural "s": "Drone attacks" and "drone attack" are the same words. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith("s") ? w.slice(0, -1) : w));
}
