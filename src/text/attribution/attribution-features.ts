// Features of one proposed attribution for the keep/drop classifier: the words of its cue, the edges of its
// source and content, their lengths and order, and how the matcher found it (kind). The rules propose;
// this decides which proposals look like PolNeAR's attributions (a noun read as a cue, a clause read as a
// source, a content of two words). Hashed integers, as in the cue tagger.
import type { Range } from "../../doc.js";
import { hashFeature, hashString } from "../syntax/hash-feature.js";

export type ProposedAttribution = { source: Range; cue: Range; content: Range; kind: string; isLearnedCue?: boolean };

export const ATTRIBUTION_FEATURE_COUNT = 24;

/** The bias feature of proposals whose cue came from the lexicon (0) or the learned tagger (1): training
 * shifts each group's bias apart, since a learned cue is a weaker sign than a listed one. */
export function groupBias(isLearnedCue: boolean): number {
  return hashFeature(0, isLearnedCue ? 2 : 1) | 0;
}

const PRONOUN = /^(?:he|she|they|we|i|it|you|who|this|that)$/i;

function wordsOf(text: string, range: Range): string[] {
  return text.slice(range.start, range.end).match(/[\p{L}\p{N}'’.-]+|[^\s\p{L}\p{N}]/gu) ?? [];
}

/** 0, 1, 2, 3–4, 5–8, 9–16, 17+ words. */
function bucket(count: number): number {
  return count < 3 ? count : count < 5 ? 3 : count < 9 ? 4 : count < 17 ? 5 : 6;
}

function word(w: string | undefined): number {
  return w === undefined ? 1 : hashString(w.toLowerCase());
}

function capitalised(w: string | undefined): number {
  if (w === undefined) return 0;
  return PRONOUN.test(w) ? 1 : /^\p{Lu}/u.test(w) ? 2 : 3;
}

/** Fills `out` with the attribution's features; returns how many were written. */
export function fillAttributionFeatures(text: string, a: ProposedAttribution, out: Int32Array): number {
  const cue = wordsOf(text, a.cue);
  const source = wordsOf(text, a.source);
  const content = wordsOf(text, a.content);
  const kind = hashString(a.kind);
  const verb = word(cue.at(-1));
  const order = (a.source.start < a.cue.start ? 1 : 0) + (a.content.start < a.cue.start ? 2 : 0);
  const gap = bucket(wordsOf(text, { start: Math.min(a.cue.end, a.content.start), end: a.content.start }).length);
  const values = [
    hashFeature(0, 0),
    hashFeature(1, kind),
    hashFeature(2, verb),
    hashFeature(3, word(cue[0])),
    hashFeature(4, bucket(cue.length), kind),
    hashFeature(5, word(source.at(-1))),
    hashFeature(6, word(source[0])),
    hashFeature(7, bucket(source.length), capitalised(source.at(-1))),
    hashFeature(8, word(content[0])),
    hashFeature(9, word(content.at(-1))),
    hashFeature(10, bucket(content.length), kind),
    hashFeature(11, order, kind),
    hashFeature(12, verb, order),
    hashFeature(13, verb, capitalised(source.at(-1))),
    hashFeature(14, verb, word(content[0])),
    hashFeature(15, kind, capitalised(source.at(-1))),
    hashFeature(16, gap, kind),
    hashFeature(17, word(firstWordFrom(text, a.cue.end))),
    hashFeature(18, word(lastWordBefore(text, a.cue.start)), verb),
    hashFeature(19, bucket(content.length), verb),
    hashFeature(20, word(source.at(-1)), verb),
    hashFeature(21, /["“”]/.test(text.slice(a.content.start - 1, a.content.end + 1)) ? 1 : 0, kind),
    groupBias(a.isLearnedCue === true),
    hashFeature(22, a.isLearnedCue ? 1 : 0, verb),
  ];
  for (let f = 0; f < values.length; f++) out[f] = values[f] | 0;
  return values.length;
}

/** The first whitespace-delimited word from `start` on (what /^\s*(\S+)/ finds in the rest), without copying the rest. */
function firstWordFrom(text: string, start: number): string | undefined {
  let first = start;
  while (first < text.length && /\s/.test(text[first])) first++;
  let end = first;
  while (end < text.length && !/\s/.test(text[end])) end++;
  return end > first ? text.slice(first, end) : undefined;
}

/**
 * The last whitespace-delimited word ending before `end` (what /(\S+)\s*$/ finds in the text before it), read
 * backwards by hand: that pattern backtracks quadratically over long runs of whitespace in hostile text.
 */
function lastWordBefore(text: string, end: number): string | undefined {
  let last = end - 1;
  while (last >= 0 && /\s/.test(text[last])) last--;
  let first = last;
  while (first >= 0 && !/\s/.test(text[first])) first--;
  return last >= 0 ? text.slice(first + 1, last + 1) : undefined;
}
