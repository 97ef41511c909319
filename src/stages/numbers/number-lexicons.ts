// The data files the numbers stage reads (lexicon/numbers): loaded once by loadResources() and handed to
// createNumbersStage, so no numbers module reads a file when it is imported; tests may pass small ones.
import { readLexiconLines, readLexiconTable, spacePattern } from "../../lexicon.js";

export type QuantityRange = { low: number; best: number; high: number };

/** How a report names a death toll (subjects) and says it changed (verbs): regex sources. */
export type TollUpdatePhrases = { subjects: readonly string[]; verbs: readonly string[] };

export type NumberLexicons = {
  /** Number words and vague quantities ("dozens") -> low / best / high. */
  quantityWords: ReadonlyMap<string, QuantityRange>;
  /** Head nouns of counted things -> what the count counts ("attacks" -> attacks, "locations" -> targets). */
  countedNouns: ReadonlyMap<string, string>;
  /** What happened to counted people: regex sources for the participle after and the verb before, in order. */
  countOutcomes: readonly { outcome: string; after: string; before: string }[];
  /** Phrases other than "wounded" that say counted people were hurt ("were taken to hospital"): regex sources. */
  injuryPhrases: readonly string[];
  /** How a report names a death toll and says it changed ("the death toll ... rose to"): regex sources. */
  tollUpdates: TollUpdatePhrases;
};

export function loadNumberLexicons(): NumberLexicons {
  return {
    quantityWords: new Map(
      readLexiconTable("numbers/quantity-words.tsv").map((r) => [
        r.word,
        { low: +r.low, best: +r.best, high: +r.high },
      ]),
    ),
    countedNouns: new Map(readLexiconTable("numbers/counted-nouns.tsv").map((r) => [r.noun, r.counts])),
    countOutcomes: readLexiconTable("numbers/count-outcomes.tsv").map((r) => ({
      outcome: r.outcome,
      after: r.after,
      before: r.before,
    })),
    injuryPhrases: readLexiconLines("numbers/injury-phrases.txt").map((line) => spacePattern(line.trim())),
    tollUpdates: readTollUpdates(),
  };
}

function readTollUpdates(): TollUpdatePhrases {
  const rows = readLexiconTable("numbers/toll-updates.tsv");
  const of = (part: string) => rows.filter((r) => r.part === part).map((r) => spacePattern(r.pattern));
  return { subjects: of("subject"), verbs: of("verb") };
}
