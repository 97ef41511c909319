// The windows and word limits of the numbers stage, each with why. createNumbersStage takes an object of this
// shape; `sitrep eval --set numbers.<key>=<value>` varies one without a code change.

export const NUMBERS_SETTINGS = Object.freeze({
  /** Words allowed between a count and its casualty verb ("three Iraqi army soldiers were killed" has three):
   * a longer run joins a number to the verb of another clause. */
  casualtyNounMaxWords: 3,
  /** Words read after a quantity for the counted noun ("at least eight armed drone attacks"): a counted noun
   * phrase is a head and a few modifiers. */
  countedHeadMaxWords: 4,
  /** Text before a count of people read for the verb that says what happened to them ("police detained 12
   * suspects"): the verb stands right before the quantity, with at most a qualifier between. */
  outcomeLookbackChars: 40,
  /** Text after a count of people read for "were arrested" and the like, a coordinated group included ("12
   * contractors and other staff were treated"). */
  outcomeLookaheadChars: 120,
  /** The coordinated group itself ("and other staff") is a short noun phrase, not a clause. */
  outcomeConjunctMaxChars: 40,
  /** Text before a number read for a month name ("Sept. 12"): the longest name, a period and a blank fit. */
  dayOfMonthLookbackChars: 12,
  /** Text after a number read for a unit of time or distance ("three decades of war", "30 kilometres from"):
   * the longest unit and blanks fit. */
  unitLookaheadChars: 12,
  /** Text before a casualty count's number read for a preposition ("in 21 cities"): the longest listed
   * preposition ("throughout") and a blank fit. */
  prepositionLookbackChars: 12,
  /** Text before that preposition read for the subject's own count ("at least 106 protesters"): a qualified
   * number and the few words casualtyNounMaxWords allows fit. */
  subjectCountLookbackChars: 60,
  /** Text between "the death toll" and "rose to 14" ("from Saturday's car bombing at a market in X"): the
   * phrases naming the incident's day, kind, site, town and country fit. At 80 a lead of ~100 characters
   * ("at a crowded livestock market in the eastern border town of X in northern Y") lost its update, and its
   * saying day dated the incident; the verb must still be followed by the new figure, within one sentence. */
  tollUpdateGapChars: 160,
});

export type NumbersSettings = { readonly [K in keyof typeof NUMBERS_SETTINGS]: number };
