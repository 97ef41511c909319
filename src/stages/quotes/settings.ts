// Character windows and lengths of the quotes stage, each with why. createQuotesStage takes an object of this
// shape; `sitrep eval --set quotes.<key>=<value>` varies one without a code change.

export const QUOTES_SETTINGS = Object.freeze({
  /** A setting or an addressee before the content ("told reporters on Thursday that …") is a few words: only
   * this much of the rest of the sentence is read, and overlapping blanks cannot backtrack over a long run. */
  leadWindowChars: 200,
  /** An inverted speaker ("…, said the party's spokesman.") is at most eight words: a longer rest of the
   * sentence is never one, and the lazy name pattern would backtrack over all of it. */
  invertedSpeakerMaxChars: 200,
  /** ... and those eight words: a longer run after the verb is a clause, not a speaker (as in sourceBefore). */
  invertedSpeakerMaxWords: 8,
  /** A quotation more than this far before its cue ("…,” Name, a long apposition, said) belongs to another
   * attribution: a speaker's name and apposition fit in a few lines. */
  quoteBeforeCueMaxChars: 300,
  /** A quotation after its cue ("Name said: “…”") opens at most a trailer away ("on Monday in a statement"). */
  quoteAfterCueMaxChars: 40,
  /** The speaker between a quotation and its cue ("…,” Name said) is a name, not a clause. */
  speakerBetweenMaxChars: 90,
  /** After the cue ("…,” said Name, the mayor of …) the speaker is read from at most this much text. */
  speakerAfterCueChars: 120,
  /** Text before a quotation read to see whether the quote opens its clause (a title inside a phrase does not). */
  clauseLookbackChars: 40,
  /** A pull quote's dash and name ("“…” — Name, title") follow the quotation within one line. */
  dashNameWindowChars: 100,
  /** Content this short ("it", "so") is no claim: an attribution needs more to be kept. */
  minContentChars: 8,
  /** The clause after a nominal cue ("the ministry's claim that …") needs at least this much to be a claim. */
  nominalMinContentChars: 8,
  /**
   * 1: cues the learned tagger finds and the lexicon lacks are read as cues too (models/README.md). Off by default:
   * it raised polnear strict F1 by 0.008 (tune and check alike) for about 12 ms more CPU per 700-word article,
   * mostly tagging every sentence, against a 25 ms budget per article (issue #18's 40 articles/s/core).
   */
  learnedCueAdd: 0,
  /** 1: a lexicon cue the learned tagger scores as no cue is dropped. */
  learnedCueVeto: 0,
  /** 1: each proposed attribution passes the learned keep/drop classifier (models/attribution-cues.bin). */
  learnedKeep: 1,
  /** 1: a learned cue's content must be a reported clause ("that …", a quotation, a clause before the cue). */
  learnedCueClauseOnly: 1,
});

export type QuotesSettings = { readonly [K in keyof typeof QUOTES_SETTINGS]: number };

/** Whether these settings read the learned attribution model at all. At the defaults no learned cue is proposed
 * (learnedCueAdd 0), so learnedKeep 1, which judges only learned cues, judges nothing, and the stage without the
 * model gives the same quotes: the model (~20 ms to decode, per extraction worker) is then not loaded. */
export function readsAttributionModel(settings: QuotesSettings): boolean {
  return settings.learnedCueAdd > 0 || settings.learnedCueVeto > 0 || settings.learnedKeep >= 2;
}
