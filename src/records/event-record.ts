// EventDraft (inside one document) -> EventRecord, the public contract: ACLED column names where one
// exists, every field's evidence as {document_id, start, end, text}. Merging several documents' records
// into one incident builds on this shape.
import { createHash } from "node:crypto";
import type { Doc, EventDraft, Field, Span } from "../doc.js";

export type EvidenceRef = { document_id: string; start: number; end: number; text: string };

export type DateFrom = "text" | "report" | null;

export type SourceRef = { document_id: string; origin: string; publisher: string | null; published: string | null };

export type EventRecord = {
  event_id: string;
  event_date: string | null;
  date_start: string | null;
  date_end: string | null;
  time_precision: 1 | 2 | 3 | null;
  /** Where the date comes from: "text", words of the report (evidence.event_date); "report", no words date the
   * event, so it is the week up to the report's own day at time_precision 2, inferred as ACLED's coders date
   * such events (date-by-report.ts); null, undated. Records stored before it was kept lack it ("text"). */
  date_from?: DateFrom;
  disorder_type: string;
  event_type: string;
  sub_event_type: string;
  actor1: string | null;
  assoc_actor_1: string[];
  inter1: number | null;
  actor2: string | null;
  assoc_actor_2: string[];
  inter2: number | null;
  country: string | null;
  iso3: string | null;
  admin1: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: 1 | 2 | 3 | null;
  fatalities_low: number | null;
  fatalities_best: number | null;
  fatalities_high: number | null;
  fatalities_known: boolean;
  weapons: string[];
  sources: SourceRef[];
  evidence: Record<string, EvidenceRef[]>;
  notes: string;
  /** Wounded: ACLED keeps no such column. Known with null numbers = hurt, count not given ("a number of"). */
  injuries_low: number | null;
  injuries_best: number | null;
  injuries_high: number | null;
  injuries_known: boolean;
  /** ACLED civilian_targeting: "Civilian targeting" when the target is civilians, else null. */
  civilian_targeting: string | null;
  /** event_ids of the events this one answers ("in response to", "in retaliation for"). */
  in_response_to: string[];
  /** claim_ids of tallies this event answers ("in response to at least five ... attacks"). */
  in_response_to_claims: string[];
  /** claim_ids of the claims about this event: who is said to have done it, disagreeing casualty figures. */
  claims: string[];
  /** event_ids of the other records split from the same incident (one per country or per day). */
  same_incident: string[];
  /** Lower-ranked tactics merged into this event (ACLED: one event per actor pair, place and day, typed by
   * the higher type: an air strike during a battle is a Battles event); their trigger words are in
   * evidence.other_tactics. */
  other_tactics: { event_type: string; sub_event_type: string }[];
  /** Set when the fatalities are this record's share of a total stated for several days or places (ACLED
   * divides it evenly, the remainder to the first): the stated total and which share this is (part counts
   * from 1; the other shares are in same_incident). */
  fatalities_split: {
    by: "day" | "place" | "place and day";
    part: number;
    parts: number;
    total_low: number | null;
    total_best: number | null;
    total_high: number | null;
  } | null;
};

/**
 * Content-based, not document-based: a hash of what the event says (type, date, place, actors, toll) and the words
 * that say it (trigger and sentence). A report that repeats another word for word yields the same event, stored once
 * with both documents in event_sources, and a reprocess that finds the same event keeps its id. The n-th identical
 * event inside one document gets "-n" (one sentence split per day or place differs in date or place already).
 */
export function eventId(doc: Pick<Doc, "text" | "events" | "layers">, index: number): string {
  const key = describeEvent(doc, doc.events[index]);
  let repeats = 0;
  for (let i = 0; i < index; i++) if (describeEvent(doc, doc.events[i]) === key) repeats += 1;
  const hash = "ev-" + createHash("sha256").update(key).digest("hex").slice(0, 20);
  return repeats === 0 ? hash : `${hash}-${repeats + 1}`;
}

function describeEvent(doc: Pick<Doc, "text" | "layers">, draft: EventDraft): string {
  const place = draft.place?.value;
  return JSON.stringify([
    draft.eventType.value,
    draft.subEventType.value,
    draft.date?.value.start ?? null,
    draft.date?.value.end ?? null,
    place ? [place.iso3, place.location, place.admin1] : null,
    draft.actor1?.value.name ?? null,
    draft.actor2?.value.name ?? null,
    draft.fatalities.value.best,
    doc.text.slice(draft.trigger.start, draft.trigger.end),
    sentenceAround(doc, draft.trigger),
  ]);
}

export function claimId(doc: Pick<Doc, "id">, index: number): string {
  return `${doc.id}-c${index + 1}`;
}

export function toEventRecord(doc: Doc, draft: EventDraft, index: number): EventRecord {
  const place = draft.place?.value;
  const fatalities = draft.fatalities.value;
  return {
    event_id: eventId(doc, index),
    event_date: draft.date?.value.start ?? null,
    date_start: draft.date?.value.start ?? null,
    date_end: draft.date?.value.end ?? null,
    time_precision: draft.date?.value.precision ?? null,
    date_from: dateFrom(draft.date),
    disorder_type: draft.disorderType,
    event_type: draft.eventType.value,
    sub_event_type: draft.subEventType.value,
    actor1: draft.actor1?.value.name ?? null,
    assoc_actor_1: draft.assocActors1.map((f) => f.value.name),
    inter1: draft.actor1?.value.inter ?? null,
    actor2: draft.actor2?.value.name ?? null,
    assoc_actor_2: draft.assocActors2.map((f) => f.value.name),
    inter2: draft.actor2?.value.inter ?? null,
    country: place?.country ?? null,
    iso3: place?.iso3 ?? null,
    admin1: place?.admin1 ?? null,
    location: place?.location ?? null,
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    geo_precision: place?.precision ?? null,
    fatalities_low: fatalities.low,
    fatalities_best: fatalities.best,
    fatalities_high: fatalities.high,
    fatalities_known: fatalities.known,
    weapons: draft.weapons.map((f) => f.value),
    sources: [
      {
        document_id: doc.id,
        origin: doc.meta.origin,
        publisher: doc.meta.publisher ?? doc.meta.originalPublisher ?? null,
        published: doc.meta.published ?? null,
      },
    ],
    evidence: collectEvidence(doc, draft),
    notes: sentenceAround(doc, draft.trigger),
    injuries_low: draft.injuries?.value.low ?? null,
    injuries_best: draft.injuries?.value.best ?? null,
    injuries_high: draft.injuries?.value.high ?? null,
    injuries_known: draft.injuries?.value.known ?? false,
    civilian_targeting: draft.civilianTargeting?.value ?? null,
    in_response_to: (draft.inResponseTo?.value ?? []).map((i) => eventId(doc, i)),
    in_response_to_claims: (draft.inResponseToClaims?.value ?? []).map((i) => claimId(doc, i)),
    claims: (draft.claims ?? []).map((i) => claimId(doc, i)),
    same_incident: sameIncident(doc, draft, index),
    other_tactics: (draft.otherTactics ?? []).map((f) => ({
      event_type: f.value.eventType,
      sub_event_type: f.value.subEventType,
    })),
    fatalities_split: splitOf(draft),
  };
}

/** A date no words support and the text does not state is the report's own (date-by-report.ts). */
function dateFrom(date: EventDraft["date"]): DateFrom {
  if (!date) return null;
  return date.stated || date.evidence.length > 0 ? "text" : "report";
}

/** Where a record's date comes from, for records stored before date_from was kept too (their dates are the text's). */
export function readDateFrom(event: Pick<EventRecord, "date_from" | "event_date">): DateFrom {
  return event.date_from ?? (event.event_date ? "text" : null);
}

/** Whether the record's date is only its report's week, not a date the text gives. */
export function isDatedByReport(event: Pick<EventRecord, "date_from">): boolean {
  return event.date_from === "report";
}

function splitOf(draft: EventDraft): EventRecord["fatalities_split"] {
  if (!draft.split) return null;
  const { by, part, parts, fatalities } = draft.split;
  return {
    by,
    part: part + 1,
    parts,
    total_low: fatalities.low,
    total_best: fatalities.best,
    total_high: fatalities.high,
  };
}

function sameIncident(doc: Doc, draft: EventDraft, index: number): string[] {
  if (draft.incident === undefined) return [];
  return doc.events.flatMap((other, i) => (i !== index && other.incident === draft.incident ? [eventId(doc, i)] : []));
}

function collectEvidence(doc: Doc, draft: EventDraft): Record<string, EvidenceRef[]> {
  const fields: [string, (Field<unknown> | null)[]][] = [
    ["event_type", [draft.eventType]],
    ["sub_event_type", [draft.subEventType]],
    ["event_date", [draft.date]],
    ["actor1", [draft.actor1]],
    ["assoc_actor_1", draft.assocActors1],
    ["actor2", [draft.actor2]],
    ["assoc_actor_2", draft.assocActors2],
    ["location", [draft.place]],
    ["fatalities", [draft.fatalities]],
    ["weapons", draft.weapons],
    ["injuries", [draft.injuries ?? null]],
    ["civilian_targeting", [draft.civilianTargeting ?? null]],
    ["in_response_to", [draft.inResponseTo ?? null, draft.inResponseToClaims ?? null]],
    ["other_tactics", draft.otherTactics ?? []],
  ];
  const evidence: Record<string, EvidenceRef[]> = {};
  for (const [name, list] of fields) {
    const spans = list.flatMap((f) => f?.evidence ?? []);
    if (spans.length > 0) evidence[name] = spans.map((s) => evidenceRef(doc, s));
  }
  return evidence;
}

function evidenceRef(doc: Doc, span: Span): EvidenceRef {
  return { document_id: doc.id, start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
}

/** The sentence that holds the trigger: the words an analyst reads first. */
function sentenceAround(doc: Pick<Doc, "text" | "layers">, trigger: Span): string {
  const sentence = (doc.layers.sentences ?? []).find((s) => s.start <= trigger.start && trigger.end <= s.end);
  return sentence ? doc.text.slice(sentence.start, sentence.end) : doc.text.slice(trigger.start, trigger.end);
}
