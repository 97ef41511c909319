// Every threshold of cross-report merging, each with why. `sitrep eval ecbplus` and the tests pass
// variants of this object; nothing here is read from a module-level cache.
export type MergeSettings = typeof MERGE_SETTINGS;

export const MERGE_SETTINGS = {
  /** Within one report the extractor already decided what is one event (ACLED's rules); merging only joins reports.
   * Gold mentions that were never grouped inside their document (ECB+) turn this on. */
  mergeWithinDocument: false as boolean,
  /** Days of slack around a day-precise date: reports straddle midnight and time zones ("overnight", "late Sunday"). */
  dayToleranceByPrecision: { 1: 1, 2: 2, 3: 3 } as Record<1 | 2 | 3, number>,
  /** Longest date interval a record may carry (ACLED precision 3 is a month): how far back a store query must look. */
  maxIntervalDays: 31,
  /** Km within which two places may be the same spot, by the coarser place's ACLED geo_precision: a town is a few km
   * across and its strikes are placed at its centre (1), "near X" / a district spans tens of km (2), a region hundreds (3). */
  radiusKmByPrecision: { 1: 25, 2: 75, 3: 300 } as Record<1 | 2 | 3, number>,
  /** ACLED event types that one incident may be coded as by different reports: a strike on a school is shelling to one
   * outlet and an attack on civilians to another; a march is a protest or a riot. Strategic developments stand alone. */
  compatibleTypes: [
    ["Battles", "Explosions/Remote violence", "Violence against civilians"],
    ["Protests", "Riots"],
    ["Strategic developments"],
  ] as readonly (readonly string[])[],
  /** Score needed to link two compatible records: any two of the agreements below (place, actors, sub-type), or one
   * with clearly shared wording. Compatibility alone (nothing contradicts) is not evidence of sameness. */
  minLinkScore: 0.5,
  /** Weight of the word overlap (Jaccard of content-word stems of the two supporting sentences). */
  textWeight: 1,
  /** Same named place, or coordinates within the fine radius: the strongest single sign after the date. */
  placeBonus: 0.25,
  /** Km for the place bonus: the same town's centre, not merely the same district. */
  samePlaceKm: 5,
  /** A shared canonical actor on either side. */
  actorBonus: 0.2,
  /** Same ACLED sub-event type (air strike and air strike), not merely a compatible type. */
  subTypeBonus: 0.15,
  /** Same trigger word stem ("strike" / "strikes"): the ECB+ lemma baseline's signal; weaker than place or actors. */
  triggerBonus: 0.15,
  /** Same trigger stem when neither record has an event type (ECB+ gold mentions; a mention read without its type):
   * the trigger is then the only sign of what kind of event it is, where a typed record's sub-type, read from the
   * same trigger, already counts. With it a shared trigger links on a little shared wording (Jaccard >= 0.15).
   * Chosen on the ECB+ tune half (cross-document CoNLL F1 0.587 at 0.15, 0.674 at 0.25, 0.731 at 0.35, 0.734 at 0.5,
   * where the trigger alone links): 0.35 keeps the wording in play for the same gain. */
  untypedTriggerBonus: 0.35,
  /** Both dated to the same day at day precision. */
  sameDayBonus: 0.1,
  /** Days before its report's publication an undated event may have happened: news reports what happened in the
   * last days ("on Tuesday" the dates stage could not place); older events are named with a date. Bounds where an
   * undated event looks for a dated incident, in memory and in the store. */
  undatedLookbackDays: 7,
  /** Score an undated event needs to join a dated one, besides the same place and a shared actor: with no date to
   * contradict, place, actors and wording must all agree, e.g. same place (0.25) + actor (0.2) + sub-type (0.15) +
   * trigger (0.15) + a third of the words shared (0.33); a headline restating its own body's event stays apart. */
  undatedMinLinkScore: 1.05,
  /** Two undated records link as an undated one joins a dated one (same place, a shared actor, the score above), not
   * on the ordinary rule: neither date can contradict, and the publication lookback lets a week of one kind of event
   * (burned vehicles, arrests) all be compatible, so sub-type and wording alone chained every report's undated,
   * placeless event into one incident (issue #17's kill test: 2,000 of them at 1,163 reports). ECB+ turns it off:
   * its gold mentions carry no date, place or actors at all, only a trigger and a sentence to compare. */
  undatedNeedsPlaceAndActor: true as boolean,
} as const;
