// "The ministry targeted nine more bank executives" (with sanctions), "an earthquake struck
// the coast": an ambiguous violence verb is figurative when its sentence speaks of economic or legal
// measures or a natural hazard (lexicon/events/figurative-cues.txt) and names no weapon and no casualty.
// A weapon or a casualty keeps the event: "militants attacked the convoy despite the sanctions".
import { type Doc, spansOf } from "../../doc.js";
import { loadPatternLines } from "../../lexicon.js";
import type { TriggerMention } from "./find-triggers.js";

const CUES = loadPatternLines("events/figurative-cues.txt");
const AMBIGUOUS =
  /^(?:target(?:s|ed|ing)?|hit|hits|hitting|struck|strikes?|attack(?:s|ed|ing)?|assault(?:s|ed)?|pounded|battered|slammed)$/i;
const CASUALTIES = new Set(["KILLED", "INJURED"]);

export function isFigurative(doc: Doc, mention: TriggerMention): boolean {
  if (!AMBIGUOUS.test(doc.text.slice(mention.span.start, mention.span.end))) return false;
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  const inSentence = (s: { start: number; end: number }) => s.start >= sentence.start && s.end <= sentence.end;
  if (spansOf(doc, "weapons").some(inSentence)) return false;
  if (spansOf(doc, "numbers").some((n) => CASUALTIES.has(n.label) && inSentence(n))) return false;
  const text = doc.text.slice(sentence.start, sentence.end);
  return CUES.some((cue) => cue.test(text));
}
