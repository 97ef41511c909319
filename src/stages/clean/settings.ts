// Every threshold, window and share the clean step uses, each with why. createCleaner takes an object of this
// shape; `sitrep eval --set clean.<key>=<value>` varies one without a code change. The input caps
// (CONFIG.maxTextChars, maxHtmlChars, maxHtmlDepth) stay in config.ts beside the worker's time and memory
// budgets they are sized against: they guard the process, they do not tune what clean keeps.

export const CLEAN_SETTINGS = Object.freeze({
  /** Trailing boilerplate is only cut in the last part of a document, so a body line like "Next, ..." survives. */
  boilerplateTailShare: 0.4,
  /** A line that starts trailing boilerplate must not be followed by a story paragraph this long (a "Next steps
   * ..." sentence). */
  boilerplateProseChars: 150,
  /** Page parts marked as boilerplate by class/id are removed only up to this much text: longer, it is the story. */
  boilerplateNodeMaxChars: 1500,
  /** Furniture lines ("Continue Reading Below", "(Image: GETTY)") are short; a longer line is a story paragraph. */
  dropLineMaxChars: 200,
  /** A paragraph this short that is (almost) all link text is a teaser for another page, not the story ... */
  teaserLinkMaxChars: 150,
  /** ... "almost": a trailing full stop or bracket outside the link still counts. */
  teaserLinkMinShare: 0.9,
  /** ... or a label and links only ("Related: <link>", "ALSO READ | <link>"): a label of a word or three. */
  teaserLabelMaxWords: 3,
  /** A teaser's linked headline (in a card, or after a "Related:" label) has at least this many words: a linked
   * name, handle or "More" is not one. */
  teaserHeadlineMinWords: 4,
  /** A teaser card's summary is a sentence or two under its headline; more text is a story section. */
  cardSummaryMaxChars: 250,
  /** A photo caption outside <figure> is a sentence or two (with its credit); more text beside a picture is
   * the story. */
  captionMaxChars: 300,
  /** A picture this small (width or height attribute) is an icon, an emoji or a tracking pixel, not a photo. */
  imageIconMaxPx: 64,
  /** A pull quote repeats at least a clause of the story (shorter repeats are ordinary phrases) ... */
  pullQuoteMinChars: 40,
  /** ... and is a display line, not a paragraph: a long paragraph contained in another is left alone. */
  pullQuoteMaxChars: 400,
  /** Share of a display line's word trigrams found in one longer paragraph for it to be a (lightly edited) repeat. */
  pullQuoteOverlap: 0.7,
  /** An attribution line under a pull quote is a name and a role, not a sentence. */
  attributionMaxChars: 80,
  /** Characters of text given to the language detector: trigram profiles settle within a few hundred words. */
  languageSampleChars: 3000,
  /** Below this much text franc's guess is noise ("und" is returned and the document is not declined). */
  languageMinChars: 60,
  /** Below this many characters franc-min misreads English (3% of 80-character windows of English reports, 0.5%
   * at 100-150, none from 200), so a short text is first read for English words (languageEnglishWordShare). */
  languageReliableChars: 200,
  /** Share of a short text's words in lexicon/languages/english-marker-words.txt that makes it English:
   * one-sentence English reports score 0.3-0.65, the same sentences in Spanish, German, Italian, Dutch, French
   * 0-0.15. */
  languageEnglishWordShare: 0.25,
  /** Readability's charThreshold: a best candidate with less text than this makes it retry with looser rules.
   * Its default is 500; a news brief of two or three short paragraphs is often under that. */
  readabilityCharThreshold: 200,
  /** A plain-text report's first line is its headline only when this short: a longer first line is a paragraph. */
  titleMaxChars: 200,
  /** A dateline opens the report, after at most a headline: only this much of the start is read for one. */
  datelineWindowChars: 300,
  /** An author meta tag or byline longer than this is a sentence or a list of tags, not a person's name. */
  authorNameMaxChars: 80,
  /** A visible date line ("By Jane Doe | Published: 7 November 2026, 10:35") is short; an element with more
   * text holding a date is a paragraph of the story or a whole rail. */
  bylineDateMaxChars: 120,
});

export type CleanSettings = { readonly [K in keyof typeof CLEAN_SETTINGS]: number };
