// Tallies: "at least eight drone attacks directed against US forces in Iraq since April 14". A count of
// more than one event in one noun phrase is not an incident (is-occurrence drops it) but a claim: who
// counts, what kind of events, how many, since when, against whom, where. Competing tallies stay side by
// side; nothing here averages them.
import { spansOf, type ClaimDraft, type DateValue, type Doc, type Field, type Span } from "../../doc.js";
import { parseQuantity, QUANTITY } from "../numbers/parse-quantity.js";
import { assignActors } from "./assign-actors.js";
import { clauseOf } from "./find-in-clause.js";
import { findSpeaker } from "./find-speaker.js";
import type { TriggerMention } from "./find-triggers.js";
import { findUnnamedActor } from "./find-unnamed-actor.js";
import { locateEvent } from "./locate-event.js";

// The count, then at most three modifiers ("at least five militia drone attacks").
const COUNT_BEFORE = new RegExp(`${QUANTITY}\\s+(?:[\\w'’-]+\\s+){0,3}$`, "i");
// A date opened by "since" runs to the report's publication; otherwise the date is the period itself.
// Between the count and the event noun only modifiers ("five militia drone attacks"); a verb or a
// preposition means the count is of something else ("7 militants killed in blasts").
const NOT_MODIFIER = /\b(?:in|on|at|by|of|for|from|with|into|during|after|were|was|are|is|have|has|had|been|killed|wounded|injured|died|dead|people)\b/i;
// "two suicide bombers", "hundreds of protesters": a count of people, not of events.
const PEOPLE_NOUN = /(?:ers|ors|ists|ants|men)$/i;
const PLURAL_NOUN = /[^s]s$/i;
const SINCE = /\b(?:since|from)\s+(?:early\s+|late\s+|mid-?)?$/i;

export function findTallies(doc: Doc, triggers: TriggerMention[]): { claim: ClaimDraft; mention: TriggerMention }[] {
  return triggers.flatMap((mention) => {
    const count = countBefore(doc, mention);
    return count ? [{ claim: draftTally(doc, mention, triggers, count), mention }] : [];
  });
}

function draftTally(doc: Doc, mention: TriggerMention, all: TriggerMention[], count: Field<{ low: number; best: number; high: number | null }>): ClaimDraft {
  const place = locateEvent(doc, [mention], all);
  const roles = assignActors(doc, [mention], all);
  const actor = roles.actor1[0] ?? findUnnamedActor(doc, mention, all, "actor1", place?.value.country ?? null, place?.value.iso3 ?? null);
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  return {
    kind: "tally",
    claimant: findSpeaker(doc, mention.sentence),
    eventType: mention.eventType,
    subEventType: mention.subEventType,
    count,
    period: findPeriod(doc, mention, all),
    actor,
    target: roles.actor2[0] ?? null,
    place,
    events: [],
    statement: { ...sentence, label: "CLAIM", by: "events/find-tallies" },
    trigger: { start: count.evidence[0].start, end: mention.span.end, label: "TALLY", by: "events/find-tallies" },
  };
}

/** The count in the words just before the trigger (same clause), when it is more than one. */
export function countBefore(doc: Doc, mention: TriggerMention): Field<{ low: number; best: number; high: number | null }> | null {
  // Events are counted with a plural noun ("attacks", "airstrikes"); before a verb the count is of people
  // ("100 ethnic Albanians demonstrated", "24 people were killed").
  const noun = doc.text.slice(mention.span.start, mention.span.end);
  if (!PLURAL_NOUN.test(noun) || PEOPLE_NOUN.test(noun)) return null;
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  const before = doc.text.slice(Math.max(sentence.start, mention.span.start - 80), mention.span.start);
  const match = COUNT_BEFORE.exec(before);
  if (!match?.groups?.qty || /[,;:]/.test(match[0]) || NOT_MODIFIER.test(match[0].slice(match[0].indexOf(match.groups.qty) + match.groups.qty.length))) return null;
  const phrase = match[0].slice(0, match[0].indexOf(match.groups.qty) + match.groups.qty.length);
  const quantity = parseQuantity(phrase);
  if (!quantity || quantity.best <= 1) return null;
  const start = mention.span.start - before.length + match.index;
  // "the 2020 airstrikes": a year is a date, not a count.
  if (spansOf(doc, "dates").some((d) => d.start < start + phrase.length && start < d.end)) return null;
  return { value: quantity, evidence: [{ start, end: start + phrase.length, label: "COUNT", by: "events/find-tallies" }], stated: true };
}

function findPeriod(doc: Doc, mention: TriggerMention, all: TriggerMention[]): Field<DateValue> | null {
  const { end } = clauseOf(doc, mention, all);
  const date = spansOf(doc, "dates").find((d) => d.start >= mention.span.end && d.end <= end);
  if (!date) return null;
  const data = date.data as unknown as DateValue & { stated: boolean };
  const isSince = SINCE.test(doc.text.slice(Math.max(0, date.start - 20), date.start));
  const published = doc.meta.published?.slice(0, 10);
  const value: DateValue = isSince && published ? { start: data.start, end: published, precision: data.precision } : { start: data.start, end: data.end, precision: data.precision };
  return { value, evidence: [date], stated: data.stated ?? true };
}
