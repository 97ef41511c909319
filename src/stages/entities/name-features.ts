// The features the name classifier reads from a name alone: character 1-4-grams of each word (lower case,
// with ^ and $ at its edges, so "-ov$" and "^mc" say more than "ov" and "mc"), each whole word, and the
// name's shape (word count, capitals). Training and prediction share this function, so they cannot drift.
const MAX_GRAM = 5;

export function featuresOfName(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  const features = [`#words:${Math.min(words.length, 3)}`];
  for (const word of words) {
    features.push(`#shape:${shapeOf(word)}`, `w:${word.toLowerCase()}`);
    const padded = `^${word.toLowerCase()}$`;
    for (let n = 1; n <= MAX_GRAM; n += 1) {
      for (let i = 0; i + n <= padded.length; i += 1) features.push(padded.slice(i, i + n));
    }
  }
  return features;
}

/** "Xx" for "Magna", "X" for "NATO", "Xx-Xx" for "Alsace-Lorraine", "X.X." for "U.S.". */
function shapeOf(word: string): string {
  return word
    .replace(/\p{Lu}+/gu, "X")
    .replace(/\p{Ll}+/gu, "x")
    .replace(/\p{N}+/gu, "9")
    .slice(0, 6);
}
