// The head word of a noun phrase, approximated without a parser: its last word before any post-modifier
// ("Smith" of "John Smith, an aide to the mayor"; "general" of "a general in the army"). Used by the
// attribution (source head) and argument (head-word match) scorers.
export type Range = [number, number];

/** Words after which a noun phrase's head is already behind us ("a spokesman for the ministry"). */
const POST_MODIFIER = /^(?:of|for|at|in|from|with|who|whom|whose|which|that|on|to|,|\(|--|—)$/i;

export type Token = { start: number; end: number; text: string };

/** Words (letters/digits, with an inner apostrophe) and the punctuation that can end a phrase's head. */
export function wordTokens(text: string, ranges: readonly Range[]): Token[] {
  return ranges.flatMap(([start, end]) =>
    [...text.slice(start, end).matchAll(/[\p{L}\p{N}]+(?:['’]\p{L}+)?|[,(—-]+/gu)].map((m) => ({
      start: start + m.index!,
      end: start + m.index! + m[0].length,
      text: m[0],
    })),
  );
}

export function isWord(token: Token): boolean {
  return /[\p{L}\p{N}]/u.test(token.text);
}

export function headWord(text: string, ranges: readonly Range[]): Range | null {
  const tokens = wordTokens(text, ranges);
  const cut = tokens.findIndex((t, i) => i > 0 && POST_MODIFIER.test(t.text));
  const head = (cut < 0 ? tokens : tokens.slice(0, cut)).filter(isWord).at(-1);
  return head ? [head.start, head.end] : null;
}
