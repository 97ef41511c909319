// The events stage's settings for where an event happened (locate-event.ts, locate-in-focus-country.ts), each
// with why. Spread into EVENTS_SETTINGS, so `sitrep eval --set events.<key>=<value>` varies them too.

export const EVENT_PLACE_SETTINGS = Object.freeze({
  /** A report is about one country when that country holds at least this share of the country-bearing place
   * mentions (country names, demonyms, towns and provinces with their country, the dateline): a wire report on
   * Mali names Mali, Malians and Malian towns, and perhaps France once. Two-thirds leaves a report split between
   * two countries ("talks between Ethiopia and Eritrea") without a focus, where a country-level guess is a coin toss. */
  focusCountryShare: 0.66,
  /** ... and at least this many mentions: one passing "Mali" in a short item is not yet what the report is about. */
  focusCountryMinMentions: 2,
  /** A demonym ("Malian soldiers") says whose people act, which is often but not always where: it counts half. */
  focusDemonymWeight: 0.5,
  /** The dateline says where the report was filed (Beirut for Syria, Nairobi for Somalia): it counts half too. */
  focusDatelineWeight: 0.5,
  /** A country-level place with no words of its own in the event's sentence points to this many of the report's
   * mentions of that country as its evidence, earliest first: enough to check. The argument scorers read each
   * as a place argument: RAMS 0.075 at 2 and 0.066 at 1, WikiEvents (20 reports) 0.074 at 2 and 0.078 at 1. */
  focusEvidenceSpans: 2,
});
