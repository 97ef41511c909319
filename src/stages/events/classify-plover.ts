// A sentence's PLOVER event type (and CAMEO code): the earliest CAMEO verb cue of the sentence, which in
// news style is its main verb ("X threatened to strike Y" is a threat, not an attack). Covers the
// non-violent interactions too (talks, demands, sanctions) that the ACLED typing leaves out.
import type { Doc, Span } from "../../doc.js";
import { spansOf } from "../../doc.js";
import { readLexiconTable, spacePattern } from "../../lexicon.js";
import { ploverOf } from "./map-to-cameo.js";

export type PloverEvent = { cameo: string; plover: string; ploverMode: string | null; trigger: Span };

type Cue = { regex: RegExp; cameo: string };

let cues: Cue[] | undefined;

function loadCues(): Cue[] {
  cues ??= readLexiconTable("events/plover-cues.tsv").map((row) => ({
    regex: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${spacePattern(row.pattern)})(?![\\p{L}\\p{N}])`, "iu"),
    cameo: row.cameo,
  }));
  return cues;
}

/** The PLOVER event of each sentence that has a cue, in text order. */
export function classifyPlover(doc: Doc): PloverEvent[] {
  return spansOf(doc, "sentences").flatMap((sentence) => {
    const event = classifyPloverText(doc.text.slice(sentence.start, sentence.end), sentence.start);
    return event ? [event] : [];
  });
}

/** Earliest cue wins; among cues at the same place the longer one (the more specific phrase). */
export function classifyPloverText(text: string, offset = 0): PloverEvent | null {
  let best: { index: number; length: number; cameo: string } | null = null;
  for (const cue of loadCues()) {
    const match = cue.regex.exec(text);
    if (!match) continue;
    if (!best || match.index < best.index || (match.index === best.index && match[0].length > best.length)) {
      best = { index: match.index, length: match[0].length, cameo: cue.cameo };
    }
  }
  if (!best) return null;
  const plover = ploverOf(best.cameo);
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
