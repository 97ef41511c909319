// The data files clean reads (lexicon/boilerplate, lexicon/languages): loaded once by loadResources() and
// handed to createCleaner, so no clean module reads a file when it is imported; tests may pass small ones.
import { loadPatternLines, readLexiconLines, readLexiconTable } from "../../lexicon.js";

export type CleanLexicons = {
  /** Lines that start the trailing boilerplate of a story (author mail, copyright, previous/next links). */
  trailingLines: readonly RegExp[];
  /** Tail lines that name the publisher a story first ran in; group 1 is the name. */
  originalPublisherLines: readonly RegExp[];
  /** Furniture lines dropped wherever they stand ("Continue Reading Below"). */
  dropLines: readonly RegExp[];
  /** One CSS selector list of page parts that are never the body (captions, share bars). */
  removeSelectors: string;
  /** Class or id words of such parts ... */
  classWords: readonly RegExp[];
  /** ... unless one of these says the part is the story's body. */
  bodyClassWords: readonly RegExp[];
  /** ISO 639-3 -> ISO 639-1, for the two-letter code where one exists. */
  twoLetterLanguages: ReadonlyMap<string, string>;
  /** Frequent English words that tell a short English text from others. */
  englishWords: ReadonlySet<string>;
};

export function loadCleanLexicons(): CleanLexicons {
  return {
    trailingLines: loadPatternLines("boilerplate/trailing-lines.txt"),
    originalPublisherLines: loadPatternLines("boilerplate/original-publisher-lines.txt"),
    dropLines: loadPatternLines("boilerplate/drop-lines.txt"),
    removeSelectors: readLexiconLines("boilerplate/remove-selectors.txt")
      .map((line) => line.trim())
      .join(", "),
    classWords: loadPatternLines("boilerplate/class-words.txt"),
    bodyClassWords: loadPatternLines("boilerplate/class-words-body.txt"),
    twoLetterLanguages: new Map(
      readLexiconTable("languages/iso-639-3-to-1.tsv").map((row) => [row.iso639_3, row.iso639_1]),
    ),
    englishWords: new Set(
      readLexiconLines("languages/english-marker-words.txt").flatMap((line) => line.trim().split(/\s+/)),
    ),
  };
}
