// Character windows, sentence counts and limits of the events stage, each with why. findEventsAndClaims and
// createEventsStage take an object of this shape; `sitrep eval --set events.<key>=<value>` varies one
// without a code change.
import { EVENT_PLACE_SETTINGS } from "./place-settings.js";

export const EVENTS_SETTINGS = Object.freeze({
  ...EVENT_PLACE_SETTINGS,
  /** An actor named before its trigger ("militants ... attacked") is in the same clause: a longer run
   * between them is another clause's subject. */
  actorBeforeTriggerMaxChars: 80,
  /** An actor named after its trigger ("attacked by militants", "strikes against the group") may follow
   * an object and a place, so it is read a little further than one before it. */
  actorAfterTriggerMaxChars: 120,
  /** Text before a country read for a locative word ("in", "near the"): the word and an article. */
  locativeLookbackChars: 15,
  /** Text before a town read for "near (the)", "north-east of (the)", "outskirts of (the)", which make the
   * event's place geo_precision 2: the longest of those words and an article. */
  nearLookbackChars: 24,
  /** A vague quantifier of the injured ("a number of ... were treated") stands a few words before the cue. */
  injuryQuantifierChars: 80,
  /** Sentences at the top of a report in which its lead incident's target is usually named. */
  leadSentences: 3,
  /** Longer spans are campaigns, not one incident a day at a time: ACLED's week precision covers them. */
  maxSplitDays: 7,
  /** Days up to its report in which an event the report does not date took place: news tells what happened
   * in the last days (an older event comes with its date), and ACLED's week precision (time_precision 2) is
   * the coarsest that still says "this week's news". The merge's undatedLookbackDays has the same reason. */
  reportWeekDays: 7,
  /** A count of dead at least this large in a perfect-tense clause over a conflict ("40,000 people have been
   * killed in the war") is the war's total, not one incident's toll: a single incident's toll seldom reaches
   * four figures, and "in the war" with the perfect says the count runs over the conflict. Such a toll in a
   * sentence that names no day is a total whatever the tense (is-war-scale-toll.ts). */
  warScaleCount: 1000,
  /** Text before a date span's first end read for "between (the)" ("between June 1 and June 3"). */
  dayRangeLookbackChars: 20,
  /** A trigger's modifiers ("F-15E airstrikes", "a June 9 militia attack") stand this close before it. */
  modifierChars: 24,
  /** A pronoun speaker ("he added") points at a named one at most this many sentences back. */
  speakerLookbackSentences: 2,
  /** Text before a tally's date read for "since" ("attacks since April 14" is a running count). */
  sinceLookbackChars: 20,
  /** Text before a trigger read for a definite noun phrase ("these strikes", "this month's airstrike"). */
  nounPhraseLookbackChars: 60,
  /** An undated, unplaced act of another tactic this many sentences after an incident goes on telling it
   * ("Militants attacked the base on Sunday. A car bomb exploded at the gate."). Measured: 1 halves the
   * duplicate records (tune 0.010 -> 0.005, check 0.032 -> 0.011), event F1 tune +0.0005, check -0.005
   * (the gold codes each tactic as its own event); 2 cost tune 0.0035 as well. */
  narrationGapSentences: 1,
  /** Sentences scanned after an undated event for the date of the same action ("which occurred ... Sunday"). */
  eventDateLookahead: 3,
  /** An actor's perfect relative clause ("... that has captured") reaches its trigger within a few words. */
  actorDescriptionChars: 60,
  /** Words before a trigger read for a non-occurrence cue ("deter further", "were carrying out"): the
   * cue sits in the trigger's own clause, a few words back. */
  occurrenceCueWords: 8,
  /** A parsed trigger the "did it happen" classifier (is-unhappened.ts) scores below this is dropped in any
   * report. Its clause-only scores sit mostly between 0.1 and 0.6 on reports; below 0.1 (a modal passive,
   * "could be crushed") moved no event-records score on the tune half, while 0.15 cost check F1 0.012. */
  happenedThreshold: 0.1,
  /** The same in a report with no conflict evidence, for a predicate naming no place, people or crowd: the
   * sport and trade metaphors. Tune half: 0.35 cut false events per quiet report 0.154 -> 0.092 at F1
   * -0.003 (check: 0.273 -> 0.152, F1 unchanged); dropping every such predicate (1.0) cost check F1 0.006. */
  quietHappenedThreshold: 0.35,
  /** Words after an active trigger read for its target ("attacked a police checkpoint"): the object noun
   * phrase, not the rest of the sentence. */
  targetWords: 8,
  /** The answering event is named shortly before "in response to" (its subject may carry an apposition). */
  responderMaxChars: 120,
  /** The answered event is the first one named within this much text after the cue. */
  answeredMaxChars: 80,
  /** Sentences back read for the country of a leader acting ("Biden ordered ..." after "the US"). */
  pronounAntecedentSentences: 2,
  /** A leader and the military noun that stands for his forces ("Putin's troops") are this close. */
  pronounGapChars: 60,
  /** Sentences back read for the actor a pronoun or "the group" stands for (resolve-actor-reference.ts):
   * news names an actor and refers to it in the next sentence or two; further back another is as likely. */
  referenceAntecedentSentences: 2,
  /** A report shorter than this shows no register (is-off-register.ts): a snippet without a weapon or a
   * casualty may still be an excerpt of a conflict report. CASE 2021 snippets are one to three sentences. A match
   * result ("beat City 3-2") shows the sports register at any length. */
  registerMinSentences: 6,
  /** A trigger whose nearest stated date ended this many days before publication is history, not news
   * (is-long-past.ts). Two years: the seed report (June 2021) keeps the March 2020 strikes it recounts as
   * incidents, and one year cost them; older look-backs (a trial's bombing, a war of 1967) go. */
  historyDays: 730,
});

export type EventsSettings = { readonly [K in keyof typeof EVENTS_SETTINGS]: number };
