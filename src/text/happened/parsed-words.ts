// A parsed stretch of text as the "did it happen" classifier reads it: lower-cased words with their UD part of
// speech, head (an index into the same arrays, -1 for a sentence's root) and relation. The events stage builds
// one from the document's `tokens` layer, the training script from each sentence it parses, so both read the
// same shape.
export type ParsedWords = {
  words: readonly string[];
  upos: readonly string[];
  heads: readonly number[];
  deprels: readonly string[];
  /** Each word's dependents, in text order. */
  children: readonly (readonly number[])[];
};

export function buildParsedWords(
  words: readonly string[],
  upos: readonly string[],
  heads: readonly number[],
  deprels: readonly string[],
): ParsedWords {
  const children: number[][] = words.map(() => []);
  heads.forEach((head, i) => {
    if (head >= 0) children[head].push(i);
  });
  return { words: words.map((w) => w.toLowerCase().replace(/’/g, "'")), upos, heads, deprels, children };
}
