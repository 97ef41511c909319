// Tallies: "at least eight drone attacks directed against US forces in Iraq since April 14". A count of
// more than one event in one noun phrase is not an incident (is-occurrence drops it) but a claim: who
// counts, what kind of events, how many, since when, against whom, where. Competing tallies stay side by
// side; nothing here averages them.
import { type ClaimDraft, type DateValue, type Doc, type Field, type Span, spansOf } from "../../doc.js";
import { overlapsAny } from "../../text/span-overlap.js";
import { assignActors } from "./assign-actors.js";
import type { EventLexicons } from "./event-lexicons.js";
import { clauseOf } from "./find-in-clause.js";
import { findSpeaker } from "./find-speaker.js";
import type { TriggerMention } from "./find-triggers.js";
import { findUnnamedActor } from "./find-unnamed-actor.js";
import { locateEvent } from "./locate-event.js";
import type { EventsSettings } from "./settings.js";

// Counted nouns (numbers stage, data.counts) that are events: "eight drone attacks", "dozens of protests".
const EVENT_COUNTS = new Set(["attacks", "events"]);
// "two suicide bombers", "hundreds of protesters": a count of people, not of events.
const PEOPLE_NOUN = /(?:ers|ors|ists|ants|men)$/i;
const PLURAL_NOUN = /[^s]s$/i;
const SINCE = /\b(?:since|from)\s+(?:early\s+|late\s+|mid-?)?$/i;

export function findTallies(
  doc: Doc,
  triggers: TriggerMention[],
  lexicons: EventLexicons,
  settings: EventsSettings,
): { claim: ClaimDraft; mention: TriggerMention }[] {
  return triggers.flatMap((mention) => {
    const count = countBefore(doc, mention);
    return count ? [{ claim: draftTally(doc, mention, triggers, count, lexicons, settings), mention }] : [];
  });
}

/**
 * "About 400 people have been killed in the province since 2015": a total over a period (is-irrealis.ts)
 * is a tally of events of the trigger's kind whose number the text does not give (count null); the
 * figure it does give, of victims, stays in the statement.
 */
export function findTotals(
  doc: Doc,
  totals: TriggerMention[],
  all: TriggerMention[],
  lexicons: EventLexicons,
  settings: EventsSettings,
): ClaimDraft[] {
  return totals.filter((m) => !countBefore(doc, m)).map((m) => draftTally(doc, m, all, null, lexicons, settings));
}

function draftTally(
  doc: Doc,
  mention: TriggerMention,
  all: TriggerMention[],
  count: Field<{ low: number; best: number; high: number | null }> | null,
  lexicons: EventLexicons,
  settings: EventsSettings,
): ClaimDraft {
  const place = locateEvent(doc, [mention], all, settings, lexicons.sourceWords);
  const roles = assignActors(doc, [mention], all, settings);
  const actor =
    roles.actor1[0] ??
    findUnnamedActor(
      doc,
      mention,
      all,
      "actor1",
      place?.value.country ?? null,
      place?.value.iso3 ?? null,
      lexicons,
      settings,
    );
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  return {
    kind: "tally",
    claimant: findSpeaker(doc, mention.sentence, settings),
    eventType: mention.eventType,
    subEventType: mention.subEventType,
    count,
    period: findPeriod(doc, mention, all, settings),
    actor,
    target: roles.actor2[0] ?? null,
    place,
    events: [],
    statement: { ...sentence, label: "CLAIM", by: "events/find-tallies" },
    trigger: {
      start: count?.evidence[0].start ?? mention.span.start,
      end: mention.span.end,
      label: "TALLY",
      by: "events/find-tallies",
    },
  };
}

/**
 * The numbers stage's count whose counted noun is the trigger ("at least eight drone attacks"), when it
 * counts more than one event. Its span runs from the quantity to the noun, so only modifiers stand
 * between them: "5 fighters killed in strikes" counts militants, not blasts.
 */
export function countBefore(
  doc: Doc,
  mention: TriggerMention,
): Field<{ low: number; best: number; high: number | null }> | null {
  // Events are counted with a plural noun ("attacks", "airstrikes"); before a verb the count is of people.
  const noun = doc.text.slice(mention.span.start, mention.span.end);
  if (!PLURAL_NOUN.test(noun) || PEOPLE_NOUN.test(noun)) return null;
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  const count = spansOf(doc, "numbers").find(
    (s) =>
      s.label === "COUNT" &&
      s.end === mention.span.end &&
      s.start >= sentence.start &&
      EVENT_COUNTS.has(String(s.data?.counts)),
  );
  const best = Number(count?.data?.best);
  if (!count || !(best > 1) || isTollSubject(doc, count)) return null;
  // "the 2020 airstrikes": a year is a date, not a count.
  if (overlapsAny(spansOf(doc, "dates"), count)) return null;
  const high = count.data?.high;
  return {
    value: { low: Number(count.data?.low), best, high: typeof high === "number" ? high : null },
    evidence: [count],
    stated: true,
  };
}

/**
 * "Two suicide bombings killed over 48 people": a count of attacks that a toll follows at once is the
 * subject of that toll, the attacks told as incidents with their dead, not a total over a period.
 */
function isTollSubject(doc: Doc, count: Span): boolean {
  return spansOf(doc, "numbers").some(
    (n) => n.label === "KILLED" && n.start >= count.end && doc.text.slice(count.end, n.start).trim() === "",
  );
}

function findPeriod(
  doc: Doc,
  mention: TriggerMention,
  all: TriggerMention[],
  settings: EventsSettings,
): Field<DateValue> | null {
  const { end } = clauseOf(doc, mention, all, settings);
  const date = spansOf(doc, "dates").find((d) => d.start >= mention.span.end && d.end <= end);
  if (!date) return null;
  const data = date.data!;
  const isSince = SINCE.test(doc.text.slice(Math.max(0, date.start - settings.sinceLookbackChars), date.start));
  const published = doc.meta.published?.slice(0, 10);
  const value: DateValue =
    isSince && published
      ? { start: data.start, end: published, precision: data.precision }
      : { start: data.start, end: data.end, precision: data.precision };
  return { value, evidence: [date], stated: data.stated ?? true };
}
