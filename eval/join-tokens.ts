// Gold argument spans in WikiEvents and RAMS are token indices; sitrep reads text. This rebuilds readable
// text from the tokens (no space before closing punctuation and clitics, none inside hyphenated words)
// and keeps each token's [start, end) in UTF-16 code units of that text, so gold spans become character
// spans of exactly the text the pipeline is given. (WikiEvents' own character offsets drift from its
// text, so they are not used.)

export type JoinedText = { text: string; tokenStarts: number[]; tokenEnds: number[] };

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}”]|[’'](?:s|re|ve|ll|d|m|t)?|n[’']t)$/i;
const NO_SPACE_AFTER = /^[([{“$]$/;
const CLITIC_AFTER_APOSTROPHE = /^(?:s|re|ve|ll|d|m|t)$/i;

/** Sentences (lists of tokens) → one text; sentences are separated by `separator`. */
export function joinTokens(sentences: readonly (readonly string[])[], separator = " "): JoinedText {
  let text = "";
  const tokenStarts: number[] = [];
  const tokenEnds: number[] = [];
  sentences.forEach((tokens, s) => {
    if (s > 0 && tokens.length > 0 && text.length > 0) text += separator;
    tokens.forEach((token, i) => {
      if (i > 0 && needsSpace(tokens[i - 1], token)) text += " ";
      tokenStarts.push(text.length);
      text += token;
      tokenEnds.push(text.length);
    });
  });
  return { text, tokenStarts, tokenEnds };
}

function needsSpace(previous: string, token: string): boolean {
  if (NO_SPACE_BEFORE.test(token) || NO_SPACE_AFTER.test(previous)) return false;
  if (token === "-" || previous === "-") return false; // "Deir ez - Zor" was "Deir ez-Zor"
  if (/^[’']$/.test(previous) && CLITIC_AFTER_APOSTROPHE.test(token)) return false; // "Russia ’ s"
  return true;
}

/** Inclusive or exclusive token range → character span of the joined text. */
export function tokenSpan(joined: JoinedText, first: number, endExclusive: number): { start: number; end: number } {
  return { start: joined.tokenStarts[first], end: joined.tokenEnds[endExclusive - 1] };
}
