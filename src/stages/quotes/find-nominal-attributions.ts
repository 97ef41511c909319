// Nominal cues: "the mayor's claim that there were …", "the ministry's decision to close …", "his plan to
// reduce …". The possessor is the source, the noun the cue, the "that"/"to" clause after it the content
// (to the end of the sentence: the clause seldom ends earlier in a way punctuation shows).
import { readLexiconLines } from "../../lexicon.js";
import { type BoundedPattern, findBoundedMatches, makeBoundedPattern } from "../../text/find-bounded-matches.js";
import type { Attribution } from "./attribution.js";

type Range = { start: number; end: number };

/** The nominal cue pattern from lexicon/quotes/cue-nouns.txt: compiled once by loadResources() and handed to the
 * stage. Its "no letter before" is tested after a match (find-bounded-matches.ts): as a leading lookbehind it
 * was tried at every position of every sentence. */
export function loadNominalCuePattern(): BoundedPattern {
  const nouns = readLexiconLines("quotes/cue-nouns.txt")
    .flatMap((n) => [n.trim(), `${n.trim()}s`])
    .join("|");
  // Case-sensitive capitals: a possessor is a name ("Trump's", "the IMF's", "Mrs. Clinton's"), a definite
  // noun phrase ("the ministry's") or a pronoun.
  const possessor = String.raw`(?<source>(?:(?:the\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,4}\p{Lu}[\p{L}.&-]*['’]s?|[Tt]he\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+['’]s|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))`;
  const modifiers = String.raw`(?:(?:own|latest|new|repeated|earlier|recent|public|initial|final|stated|renewed)\s+){0,2}`;
  // Every match holds a cue noun and its "that"/"to": a sentence without them is not searched for a possessor.
  const cueAndClause = String.raw`(?:${nouns})\s+(?:that|to)\s+(?=\S)`;
  return makeBoundedPattern(
    String.raw`[\p{L}'’]`,
    String.raw`${possessor}\s+${modifiers}(?<cue>${nouns})\s+(?:that|to)\s+(?=\S)`,
    "gu",
    cueAndClause,
  );
}

export function findNominalAttributions(
  text: string,
  sentence: Range,
  pattern: BoundedPattern,
  minContentChars: number,
): Attribution[] {
  const slice = text.slice(sentence.start, sentence.end);
  return findBoundedMatches(slice, pattern).flatMap((m) => {
    const at = sentence.start + m.index!;
    const source = { start: at, end: at + m.groups!.source.length };
    const cueAt = at + m[0].lastIndexOf(m.groups!.cue, m[0].length - 1);
    const contentStart = at + m[0].length;
    const contentEnd = sentence.start + slice.replace(/(?<![\s.!?"”])[\s.!?"”]+$/u, "").length;
    if (contentEnd - contentStart < minContentChars) return [];
    return [
      {
        source,
        cue: { start: cueAt, end: cueAt + m.groups!.cue.length },
        content: { start: contentStart, end: contentEnd },
        kind: "reported" as const,
      },
    ];
  });
}
