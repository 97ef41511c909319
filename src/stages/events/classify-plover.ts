// A sentence's PLOVER event type (and CAMEO code): the earliest CAMEO verb cue of the sentence, which in
// news style is its main verb ("X threatened to strike Y" is a threat, not an attack). Covers the
// non-violent interactions too (talks, demands, sanctions) that the ACLED typing leaves out.
import type { Doc, Span } from "../../doc.js";
import { spansOf } from "../../doc.js";
import type { EventLexicons } from "./event-lexicons.js";
import { ploverOf } from "./map-to-cameo.js";

export type PloverEvent = { cameo: string; plover: string; ploverMode: string | null; trigger: Span };

/** The PLOVER event of each sentence that has a cue, in text order. */
export function classifyPlover(doc: Doc, lexicons: EventLexicons): PloverEvent[] {
  return spansOf(doc, "sentences").flatMap((sentence) => {
    const event = classifyPloverText(doc.text.slice(sentence.start, sentence.end), lexicons, sentence.start);
    return event ? [event] : [];
  });
}

/** Earliest cue wins; among cues at the same place the longer one (the more specific phrase). */
export function classifyPloverText(text: string, lexicons: EventLexicons, offset = 0): PloverEvent | null {
  let best: { index: number; length: number; cameo: string } | null = null;
  for (const cue of lexicons.ploverCues) {
    const match = cue.regex.exec(text);
    if (!match) continue;
    if (!best || match.index < best.index || (match.index === best.index && match[0].length > best.length)) {
      best = { index: match.index, length: match[0].length, cameo: cue.cameo };
    }
  }
  if (!best) return null;
  const plover = ploverOf(best.cameo, lexicons);
  if (!plover) return null;
  const trigger: Span = {
    start: offset + best.index,
    end: offset + best.index + best.length,
    label: "PLOVER",
    by: "events/plover-cues",
    data: { cameo: best.cameo },
  };
  return { cameo: best.cameo, plover: plover.type, ploverMode: plover.mode || null, trigger };
}
