// Attributions: "The United States has accused the other targeted group, Kata'ib Sayyid al-Shuhada, of
// launching the February rocket at Erbil". One party says another carried out an event: a claim, never the
// report's own finding, so the event's actor stays what the report itself says and the claim sits beside it.
import {
  type ActorValue,
  type ClaimDraft,
  type DateValue,
  type Doc,
  type Field,
  type PlaceSpanData,
  type PlaceValue,
  type Span,
  spansOf,
} from "../../doc.js";
import { loadPatternLines } from "../../lexicon.js";
import { actorValue } from "./assign-actors.js";
import { findSpeaker, speakerIn } from "./find-speaker.js";
import type { TriggerMention } from "./find-triggers.js";
import { isEventPlace } from "./locate-event.js";
import type { EventsSettings } from "./settings.js";

const VERBS = loadPatternLines("claims/attribution-verbs.txt");
// Each verb's first match in a sentence, case-insensitive: compiled once, not once a sentence.
const VERB_SEARCHES = VERBS.map((verb) => new RegExp(verb.source, "i"));
// Where the accused ends and the deed begins: "accused X of launching", "blamed X for the bombing".
const DEED = /\b(?:of|for)\b/i;
const CLAIMANT_LABELS = new Set(["ACTOR", "COUNTRY", "NORP", "PERSON", "ORG", "MISC"]);
// The deed runs to the sentence end or to the next coordinated clause (", and targeting ...").
const DEED_END = /,\s+(?:and|but|while)\b|[;.]/;

export function findAttributions(doc: Doc, triggers: TriggerMention[], settings: EventsSettings): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (const sentence of spansOf(doc, "sentences")) {
    const text = doc.text.slice(sentence.start, sentence.end);
    for (const verb of VERB_SEARCHES) {
      const match = verb.exec(text);
      const claim = match
        ? draftAttribution(
            doc,
            sentence,
            sentence.start + match.index,
            sentence.start + match.index + match[0].length,
            triggers,
            settings,
          )
        : null;
      if (claim) claims.push(claim);
    }
  }
  return claims;
}

function draftAttribution(
  doc: Doc,
  sentence: Span,
  verbStart: number,
  verbEnd: number,
  triggers: TriggerMention[],
  settings: EventsSettings,
): ClaimDraft | null {
  const after = doc.text.slice(verbEnd, sentence.end);
  const deed = DEED.exec(after);
  if (!deed) return null;
  const deedStart = verbEnd + deed.index;
  const deedEnd =
    deedStart + (DEED_END.exec(doc.text.slice(deedStart, sentence.end))?.index ?? sentence.end - deedStart);
  const deedTrigger = triggers.find((t) => t.span.start >= deedStart && t.span.end <= deedEnd);
  const weapon = spansOf(doc, "weapons").find((w) => w.start >= deedStart && w.end <= deedEnd);
  // Only a violent deed makes an attribution of an event ("accused ... of restoring the blackmail" does not).
  if (!deedTrigger && !weapon) return null;
  const accused = actorsIn(doc, verbEnd, deedStart);
  if (accused.length === 0) return null;
  const index = spansOf(doc, "sentences").findIndex((s) => s.start === sentence.start);
  return {
    kind: "attribution",
    claimant: findClaimant(doc, verbStart, verbEnd) ?? findSpeaker(doc, index, settings),
    eventType: deedTrigger?.eventType ?? weapon?.data?.eventType ?? null,
    subEventType: deedTrigger?.subEventType ?? weapon?.data?.subEventType ?? null,
    count: null,
    period: dateIn(doc, deedStart, deedEnd),
    actor: accused[0],
    target: null,
    place: placeIn(doc, deedStart, deedEnd),
    events: [],
    statement: { ...sentence, label: "CLAIM", by: "events/find-attributions" },
    trigger: { start: verbStart, end: deedEnd, label: "ATTRIBUTION", by: "events/find-attributions" },
  };
}

/** The source the quotes layer gives the accusing verb ("The United States has accused"), named by the
 * actor or country it holds. */
function findClaimant(doc: Doc, verbStart: number, verbEnd: number): Field<string> | null {
  const speaker = speakerIn(doc, { start: verbStart, end: verbEnd });
  if (!speaker) return null;
  const subject = spansOf(doc, "entities")
    .filter((e) => e.start >= speaker.start && e.end <= speaker.end && CLAIMANT_LABELS.has(e.label))
    .pop();
  if (!subject) return { value: doc.text.slice(speaker.start, speaker.end), evidence: [speaker], stated: true };
  // The claimant is the party speaking: the country itself, not its military forces; a people by its own word.
  const name =
    subject.label === "ACTOR"
      ? actorValue(subject).name
      : subject.label === "COUNTRY"
        ? String(subject.data?.name)
        : doc.text.slice(subject.start, subject.end);
  return { value: name, evidence: [subject], stated: true };
}

function actorsIn(doc: Doc, start: number, end: number): Field<ActorValue>[] {
  return spansOf(doc, "entities")
    .filter((e) => e.start >= start && e.end <= end && (e.label === "ACTOR" || e.label === "COUNTRY"))
    .map((e) => ({ value: actorValue(e), evidence: [e], stated: true }));
}

function dateIn(doc: Doc, start: number, end: number): Field<DateValue> | null {
  const date = spansOf(doc, "dates").find((d) => d.start >= start && d.end <= end);
  if (!date) return null;
  const data = date.data!;
  return {
    value: { start: data.start, end: data.end, precision: data.precision },
    evidence: [date],
    stated: data.stated ?? true,
  };
}

function placeIn(doc: Doc, start: number, end: number): Field<PlaceValue> | null {
  const places = spansOf(doc, "places").filter((p) => p.start >= start && p.end <= end && isEventPlace(p));
  const place = places.find((p) => p.label === "TOWN") ?? places[0];
  if (!place) return null;
  const data: Partial<PlaceSpanData> = place.data ?? {};
  const isTown = place.label === "TOWN";
  const value: PlaceValue = {
    country: data.country ?? null,
    iso3: data.iso3 ?? null,
    admin1: null,
    location: isTown ? String(data.location) : (data.country ?? null),
    latitude: data.latitude ?? null,
    longitude: data.longitude ?? null,
    precision: isTown ? 1 : 3,
  };
  return { value, evidence: [place], stated: true };
}
