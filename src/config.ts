// Every threshold in one place, each with its default and why.
export const CONFIG = {
  /** Files above this are skipped, not read: a news article is < 1 MB; 50 MB leaves room for big HTML pages. */
  maxInputBytes: 50 * 1024 * 1024,
  /** Bytes sniffed for NUL when deciding a file is binary: the same window `file(1)` and git use. */
  binarySniffBytes: 8000,
  /** Cleaned text shorter than this is not a report (a caption, an empty page). */
  minTextChars: 40,
  /** Trailing boilerplate is only cut in the last part of a document, so a body line like "Next, ..." survives. */
  boilerplateTailShare: 0.4,
  /** Sentences scanned after an undated event for the date of the same action ("which occurred ... Sunday"). */
  eventDateLookahead: 3,
  /** Progress is drawn only for runs with at least this many inputs, so short runs print nothing extra. */
  progressMinItems: 2,
} as const;
