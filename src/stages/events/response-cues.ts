// The words that say one event answered another (lexicon/claims/response-cues.txt) and "after", which
// only orders events in time (link-responses.ts says where it still links). Their own file: trigger
// finding reads where they part a sentence, and link-responses reads the triggers.
import type { Doc, Span } from "../../doc.js";
import { loadPatternLines } from "../../lexicon.js";
import { findAllMatches } from "../../text/find-all-matches.js";

const CUES = loadPatternLines("claims/response-cues.txt");
const AFTER = /\bafter\b/i;
// Each cue as a global search, built once (findAllMatches restores its lastIndex, so sharing it is safe).
export const CUE_SEARCHES = [
  ...CUES.map((c) => ({ regex: new RegExp(c.source, "gi"), isAfter: false })),
  { regex: new RegExp(AFTER.source, "gi"), isAfter: true },
];

/**
 * Where the response cues of a sentence start ("in retaliation for", "hours after"): each opens the telling
 * of another event, so what the words before it cover says nothing of the words after it. A bare "after"
 * does not part a sentence: "killed after gunmen attacked the village" is one attack more often than two.
 */
export function findResponseCueStarts(doc: Doc, sentence: Span): number[] {
  return findResponseCues(doc, sentence).map((cue) => cue.start);
}

/** The response cues of a sentence other than a bare "after", as spans. */
export function findResponseCues(doc: Doc, sentence: Span): Span[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  return CUE_SEARCHES.filter((cue) => !cue.isAfter).flatMap((cue) =>
    findAllMatches(text, cue.regex).map((m) => {
      const start = sentence.start + m.index!;
      return { start, end: start + m[0].length, label: "RESPONSE_CUE", by: "events/link-responses" };
    }),
  );
}
