// models/glove-tag-guesses.tsv.gz: for words the treebank saw rarely or never, the tags their nearest
// GloVe neighbours among frequent treebank words had (train/train-tag-guesses.ts). Gzip of comment lines
// ("# ...") then one line per lower-cased word: the word, then "TAG:share" pairs, largest share first,
// tab-separated. Text, so it diffs and greps.
import { gunzipSync, gzipSync } from "node:zlib";

export const TAG_GUESSES_FILE = "models/glove-tag-guesses.tsv.gz";

/** Lower-cased word → its neighbours' tags with their shares (0-1), largest first. */
export type TagGuesses = ReadonlyMap<string, readonly (readonly [string, number])[]>;

export function encodeTagGuesses(guesses: TagGuesses, comments: readonly string[]): Buffer {
  const lines = comments.map((c) => `# ${c}`);
  for (const [word, shares] of guesses)
    lines.push([word, ...shares.map(([tag, share]) => `${tag}:${share.toFixed(2)}`)].join("\t"));
  return gzipSync(Buffer.from(`${lines.join("\n")}\n`, "utf8"), { level: 9 });
}

export function decodeTagGuesses(file: Buffer): TagGuesses {
  const guesses = new Map<string, [string, number][]>();
  for (const line of gunzipSync(file).toString("utf8").split("\n")) {
    if (line === "" || line.startsWith("# ")) continue;
    const [word, ...pairs] = line.split("\t");
    guesses.set(
      word,
      pairs.map((pair) => {
        const colon = pair.lastIndexOf(":");
        return [pair.slice(0, colon), Number(pair.slice(colon + 1))];
      }),
    );
  }
  return guesses;
}

/** The bitmask of the guessed tags with at least `minShare` (bit i = tags[i]); 0 when none. */
export function maskOfGuess(
  shares: readonly (readonly [string, number])[],
  tags: readonly string[],
  minShare: number,
): number {
  let mask = 0;
  for (const [tag, share] of shares) {
    const index = tags.indexOf(tag);
    if (share >= minShare && index >= 0) mask |= 1 << index;
  }
  return mask;
}
