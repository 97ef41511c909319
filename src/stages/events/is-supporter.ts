// "Government forces backed by African Union troops raided a village", "troops, supported by Wagner fighters,
// attacked": a name after a phrase of backing (lexicon/actors/support-cues.txt) is the backer of the side
// named before it, ACLED's associated actor, never the side that acted or was hit in its own right.
import type { Doc, Span } from "../../doc.js";
import { phraseAlternation, readLexiconLines } from "../../lexicon.js";

/** The words of a phrase of backing, then at most an article and two modifiers before the name. */
export type SupportCue = RegExp;

/** Longer than any cue with its article and two modifier words ("with the assistance of the allied Kurdish "). */
const LOOKBACK_CHARS = 48;

export function loadSupportCue(): SupportCue {
  const cues = phraseAlternation(readLexiconLines("actors/support-cues.txt").map((l) => l.trim()));
  return new RegExp(`\\b(?:${cues})\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}$`, "i");
}

/** Whether a phrase of backing comes right before the name, in its own clause (no sentence stop between). */
export function isSupporter(doc: Doc, entity: Span, cue: SupportCue): boolean {
  const before = doc.text.slice(Math.max(0, entity.start - LOOKBACK_CHARS), entity.start);
  return cue.test(before);
}
