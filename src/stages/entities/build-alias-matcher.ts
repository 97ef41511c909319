// Many aliases -> one map from the folded form back to the entry, looked up with the folded word n-grams
// of the text: one pass over the words instead of one giant alternation regex (which cost ~35 ms on a
// 5,000-character article). Acronyms ("KH", "US") match only in their own case, so "us" is no country.

import { foldAlias } from "../../text/fold-alias.js";
import { removeOverlaps } from "../../text/remove-overlaps.js";
import { scanAliasWordSpans } from "./scan-word-spans.js";

export type AliasMatch<T> = { start: number; end: number; entry: T };

function isAcronym(alias: string): boolean {
  return /^[A-Z][A-Z.&-]{0,6}$/.test(alias.replace(/\s/g, "")) || /^[A-Z]\.[A-Z]\.?$/.test(alias);
}

/** `words`: splitAliasWords(text), when several matchers read the same text. */
export type AliasMatcher<T> = { find(text: string, words?: AliasWords): AliasMatch<T>[] };

/** A text's words as alias matchers read them; `joined` fills as the matchers ask (isJoined). */
export type AliasWords = {
  text: string;
  /** `possessed`: the fold without a closing "'s" ("Hamas's" -> "hamas"), when the word has one. */
  segments: { start: number; end: number; fold: string; possessed?: string }[];
  joined: (boolean | undefined)[];
};

type Keyed<T> = {
  entry: T /** Set when every alias with this fold is an acronym: the exact spellings, dots dropped. */;
  cases?: Set<string>;
};

/** What may stand between two words of one alias: spaces and hyphens only. */
const JOINER = /^[-‐–\s]+$/;

// A word of an alias: letters, digits, inner apostrophes and dots ("Kata’ib", "U.S"); words are separated
// by spaces or hyphens, as foldAlias treats them.
const SEGMENT = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’‘`ʼ.&]*[\p{L}\p{N}\p{M}])?\.?/gu;

/** `isPossessable`: the entries whose name may close with a possessive "'s" ("Hamas's fighters"). */
export function buildAliasMatcher<T>(
  entries: { aliases: string[]; entry: T }[],
  isPossessable: (entry: T) => boolean = () => false,
): AliasMatcher<T> {
  const byFold = new Map<string, Keyed<T>>();
  // The folded first words of every alias of two words or more: a window of the text that is none of
  // these can grow into no alias, so the scan stops widening it.
  const prefixes = new Set<string>();
  let maxWords = 1;
  for (const { aliases, entry } of entries) {
    for (const alias of aliases) {
      const folded = foldAlias(alias);
      if (!folded) continue;
      const words = folded.split(" ");
      maxWords = Math.max(maxWords, words.length);
      for (let n = 1; n < words.length; n += 1) prefixes.add(words.slice(0, n).join(" "));
      const keyed = byFold.get(folded);
      // The first entry to claim a folded name keeps it; a non-acronym spelling lifts the case rule.
      if (!keyed)
        byFold.set(folded, { entry, cases: isAcronym(alias) ? new Set([alias.replace(/[.\s]/g, "")]) : undefined });
      else if (keyed.cases) isAcronym(alias) ? keyed.cases.add(alias.replace(/[.\s]/g, "")) : (keyed.cases = undefined);
    }
  }
  return {
    find(text, words = splitAliasWords(text)) {
      const { segments } = words;
      const matches: AliasMatch<T>[] = [];
      for (let i = 0; i < segments.length; i += 1) {
        if (isInsideWord(text, segments[i].start)) continue;
        let key = "";
        for (let k = i; k < segments.length && k - i < maxWords; k += 1) {
          if (k > i && !isJoined(words, k)) break;
          key = k > i ? `${key} ${segments[k].fold}` : segments[k].fold;
          const keyed = byFold.get(key);
          if (!keyed) {
            const owner = ownerMatch(byFold, words, i, k, key);
            if (owner && isPossessable(owner.keyed.entry)) matches.push({ ...owner, entry: owner.keyed.entry });
            if (!prefixes.has(key)) break;
            continue;
          }
          const end = trimFullStop(text, segments[i].start, segments[k].end);
          if (keyed.cases && !keyed.cases.has(text.slice(segments[i].start, end).replace(/[.\s]/g, ""))) continue;
          if (!isInsideWord(text, end, true)) matches.push({ start: segments[i].start, end, entry: keyed.entry });
        }
      }
      return removeOverlaps(matches);
    },
  };
}

/** The text's alias words, each folded: made once and handed to every matcher that reads the same text. */
export function splitAliasWords(text: string): AliasWords {
  const spans = scanAliasWordSpans(text); // SEGMENT's matches (scan-word-spans.ts)
  const segments: Segment[] = [];
  for (let k = 0; k < spans.length; k += 2) segments.push(segmentOf(spans[k], text.slice(spans[k], spans[k + 1])));
  return { text, segments, joined: [] };
}

type Segment = AliasWords["segments"][number];

function segmentOf(start: number, word: string): Segment {
  // `possessed` set after the literal rather than spread in from a conditional object: no temporary object and
  // property copy for each word of the report.
  const segment: Segment = { start, end: start + word.length, fold: foldAlias(word) };
  if (POSSESSIVE.test(word)) segment.possessed = foldAlias(word.slice(0, -2));
  return segment;
}

/**
 * splitAliasWords(`blanked`), where `blanked` is `words.text` with some characters turned to spaces
 * (find-leaders.ts blanks possessive endings): the words that hold no blanked character are kept, and only
 * the others are split again, instead of folding every word of the report twice. A space ends a word and
 * joins none, so a word of `blanked` lies within a word of the text.
 */
export function splitBlankedAliasWords(words: AliasWords, blanked: string): AliasWords {
  const { text, segments } = words;
  if (blanked.length !== text.length) return splitAliasWords(blanked);
  const kept: Segment[] = [];
  let change = findChange(text, blanked, 0);
  for (const segment of segments) {
    if (change < segment.start) return splitAliasWords(blanked); // a change outside every word: no blanking
    if (change >= segment.end) kept.push(segment);
    else {
      const split = splitWithin(blanked, segment);
      if (!split) return splitAliasWords(blanked);
      kept.push(...split);
      change = findChange(text, blanked, segment.end);
    }
  }
  return change < text.length ? splitAliasWords(blanked) : { text: blanked, segments: kept, joined: [] };
}

/** The first position from `from` on where the two texts differ, or their length. */
function findChange(text: string, blanked: string, from: number): number {
  let at = from;
  while (at < text.length && text.charCodeAt(at) === blanked.charCodeAt(at)) at += 1;
  return at;
}

/** The words of `blanked` inside one word of the text, or null if one reaches past it. */
function splitWithin(blanked: string, word: Segment): Segment[] | null {
  const found: Segment[] = [];
  SEGMENT.lastIndex = word.start;
  try {
    for (let m = SEGMENT.exec(blanked); m && m.index < word.end; m = SEGMENT.exec(blanked)) {
      if (m.index + m[0].length > word.end) return null;
      found.push(segmentOf(m.index, m[0]));
    }
    return found;
  } finally {
    SEGMENT.lastIndex = 0;
  }
}

/** A word that closes with a possessive "'s" ("Hamas's fighters", "Islamic State's branch"). */
const POSSESSIVE = /\p{L}['’]s$/u;

/**
 * "Hamas's fighters": the alias the words up to `k` name when word `k` loses its possessive "'s", which
 * the fold would otherwise keep as part of the word ("hamass"). Aliases that hold "'s" themselves
 * ("People's Liberation Army") still match as written. The match ends before the apostrophe.
 */
function ownerMatch<T>(byFold: Map<string, Keyed<T>>, words: AliasWords, i: number, k: number, key: string) {
  const segment = words.segments[k];
  if (segment.possessed === undefined) return null;
  const stem = k > i ? `${key.slice(0, key.length - segment.fold.length)}${segment.possessed}` : segment.possessed;
  const keyed = byFold.get(stem);
  const end = segment.end - 2;
  if (!keyed || (keyed.cases && !keyed.cases.has(words.text.slice(words.segments[i].start, end).replace(/[.\s]/g, ""))))
    return null;
  return { start: words.segments[i].start, end, keyed };
}

/** Whether word `k` continues word `k - 1` of one alias; asked only when an alias may go on, so remembered. */
function isJoined(words: AliasWords, k: number): boolean {
  words.joined[k] ??= JOINER.test(words.text.slice(words.segments[k - 1].end, words.segments[k].start));
  return words.joined[k];
}

/** A letter or digit right before `at` (or, with `after`, at `at`): the match would be part of a longer word. */
function isInsideWord(text: string, at: number, after = false): boolean {
  const char = after ? (text[at] ?? "") : (text[at - 1] ?? "");
  // ASCII by its code (two tests per word of every report); the rest by Unicode property.
  const code = char.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(char);
}

/** "U.S." keeps its dot; a sentence's own full stop after "Iraq." does not belong to the name. */
function trimFullStop(text: string, start: number, end: number): number {
  return text[end - 1] === "." && !/\.[A-Za-z]\.$/.test(text.slice(start, end)) ? end - 1 : end;
}
