// The windows, cut-offs and spans of the dates stage, each with why. createDatesStage takes an object of this
// shape; `sitrep eval --set dates.<key>=<value>` varies one without a code change. Calendar facts (7 days a
// week, 3 months a quarter) are not settings and stay in the code.

export const DATES_SETTINGS = Object.freeze({
  /** Text after a four-digit number read for a counted noun ("2020 people", "1988 striking workers"): an
   * adjective and the noun fit. */
  bareYearCountLookaheadChars: 40,
  /** A bare four-digit number further than this from the publication year is a count or a code, not a year:
   * news looks back a century at most. */
  bareYearMaxDistanceYears: 100,
  /** A four-digit count above this before a unit ("1990 years") is a year misread as a count: no duration in
   * news is that long. */
  yearLikeCountMin: 1800,
  /** Text before "a year" / "a week" read for the price or count that makes it a rate ("$1.76 a year", "700
   * seats a week"): a number or a plural and a blank fit. */
  rateLookbackChars: 20,
  /** A period back from the publication day ("the past day") of at most this many days names a day ... */
  dayPrecisionMaxDays: 1,
  /** ... of at most this many a week ("the past two weeks"), and a longer one a month or more: ACLED's three
   * precision levels. */
  weekPrecisionMaxDays: 14,
  /** "In recent days" reaches back about one unit more than the word says: this many days (a week) ... */
  recentDaysBackDays: 7,
  /** ... "in recent weeks" this many months ... */
  recentWeeksBackMonths: 1,
  /** ... and "in recent months" a quarter. */
  recentMonthsBackMonths: 3,
  /** Text before a date read for a modifier that joins its span: "the beginning of " (17) is the longest. */
  modifierLookbackChars: 24,
  /** Text before a date read for a cue that its clause speaks of the future ("is scheduled to meet on"): the
   * clause's opening, cut at the last clause break. */
  futureCueLookbackChars: 160,
  /** Text after a date read for "will" or "is expected" ("Friday will see ..."), up to the first comma. */
  futureCueLookaheadChars: 30,
  /** Sentences back a "year-ago" phrase looks for the quarter the text is about ("third-quarter net rose ...
   * a year ago"), as HeidelTime's context granularity. */
  yearAgoQuarterSentences: 2,
  /** Characters before a number chrono read as a clock time checked for a currency sign ("$ 2.50 a share"). */
  currencyLookbackChars: 2,
  /** Characters after "now" or "once" read for a number ("now 35", "once 15,000 strong"): a blank and a digit. */
  referenceNumberLookaheadChars: 3,
  /** A dateline opens the report, after at most a headline: only this much of the start is read for its date
   * (the clean stage reads as far for a dated dateline). */
  datelineWindowChars: 300,
});

export type DatesSettings = { readonly [K in keyof typeof DATES_SETTINGS]: number };
