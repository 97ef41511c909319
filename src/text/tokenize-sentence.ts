// Words of a sentence the way Universal Dependencies English (EWT) and the Penn Treebank cut them, since
// the tagger and parser learned from that cut: clitics split off ("do|n't", "ca|n't", "John|'s", "I|'m"),
// punctuation, hyphens and slashes between words, "%" and a leading currency sign are tokens of their own;
// abbreviations ("U.S.", "Mr.", "p.m."), decimals ("3.5", "1,000"), addresses and emoji stay whole.
// Offsets are UTF-16 code units of the text passed in (JS string indexes), so text.slice(start, end)
// is the token.
import { findAllMatches } from "./find-all-matches.js";

export type Token = { start: number; end: number; text: string };

const LEADING = /^(?:[("'“‘«[{<¿¡*]|[$€£¥](?=\d))/u;
// A run of dots or of !? starts only at its first character (the lookbehinds): tried from every dot of a
// long run that does not end the chunk, the end anchor would fail once per dot (quadratic).
const TRAILING = /(?:(?<!\.)\.{2,}|…|(?<![!?])[!?]+|[)"”’»\]}>,;:*%]|'(?!\w))$/u;
const CLITIC = /(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/iu;
const ABBREVIATION =
  /^(?:(?:\p{L}\.)+|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Capt|Maj|Sen|Rep|Gov|Prof|Inc|Corp|Co|Ltd|vs|etc|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.)$/u;
const WHOLE = /^(?:(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/u;
const INNER_BREAK = /(?<=\p{L})[-/](?=\p{L})|\p{Extended_Pictographic}/gu;

/** The tokens of `text`, offsets counted from `offset` (the sentence's start in its document). */
export function tokenizeSentence(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const chunk of findAllMatches(text, /\S+/gu)) {
    for (const piece of splitChunk(chunk[0], chunk.index)) {
      tokens.push({ start: offset + piece.start, end: offset + piece.end, text: text.slice(piece.start, piece.end) });
    }
  }
  return tokens;
}

type Piece = { start: number; end: number };

function splitChunk(chunk: string, at: number): Piece[] {
  // Most chunks are ASCII letters and digits alone, which no pattern below splits (none holds punctuation or
  // an emoji): one piece, without running the seven patterns on it.
  if (isLettersAndDigits(chunk)) return [{ start: at, end: at + chunk.length }];
  const front: Piece[] = [];
  const back: Piece[] = [];
  let start = 0;
  let end = chunk.length;
  for (let m; start < end && (m = LEADING.exec(chunk.slice(start, end))); start += m[0].length)
    front.push({ start: at + start, end: at + start + m[0].length });
  for (;;) {
    const rest = chunk.slice(start, end);
    if (WHOLE.test(rest) && !/[.,;:!?)"”’]$/u.test(rest)) break;
    const m = TRAILING.exec(rest) ?? (rest.endsWith(".") && rest.length > 1 && !ABBREVIATION.test(rest) ? ["."] : null);
    if (!m || m[0].length >= rest.length) break;
    end -= m[0].length;
    back.unshift({ start: at + end, end: at + end + m[0].length });
  }
  const clitic = CLITIC.exec(chunk.slice(start, end));
  if (clitic && clitic.index > 0) {
    back.unshift({ start: at + start + clitic.index, end: at + end });
    end = start + clitic.index;
  }
  return [...front, ...splitInside(chunk.slice(start, end), at + start), ...back];
}

function isLettersAndDigits(chunk: string): boolean {
  for (let i = 0; i < chunk.length; i++) {
    const code = chunk.charCodeAt(i);
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122))) return false;
  }
  return true;
}

/** Hyphens and slashes between letters and emoji are tokens of their own; the rest stays whole. */
function splitInside(word: string, at: number): Piece[] {
  if (WHOLE.test(word)) return [{ start: at, end: at + word.length }];
  const pieces: Piece[] = [];
  let from = 0;
  for (const m of findAllMatches(word, INNER_BREAK)) {
    if (m.index > from) pieces.push({ start: at + from, end: at + m.index });
    pieces.push({ start: at + m.index, end: at + m.index + m[0].length });
    from = m.index + m[0].length;
  }
  if (from < word.length) pieces.push({ start: at + from, end: at + word.length });
  return pieces;
}
