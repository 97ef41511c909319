// ClaimDraft -> ClaimRecord, the public shape of a claim: who says how many events of which kind happened
// (a tally) or who did one (an attribution), with the events it is about and every field's evidence.
// Competing claims are separate records; none is merged or averaged into another.
import type { ClaimDraft, Doc, Field, Span } from "../doc.js";
import { claimId, type EvidenceRef, eventId, type SourceRef } from "./event-record.js";

export type ClaimRecord = {
  claim_id: string;
  /** tally: how many events; attribution: who did an event; fatalities: one of several disagreeing death counts. */
  kind: "tally" | "attribution" | "fatalities";
  claimant: string | null;
  event_type: string | null;
  sub_event_type: string | null;
  count_low: number | null;
  count_best: number | null;
  count_high: number | null;
  period_start: string | null;
  period_end: string | null;
  time_precision: 1 | 2 | 3 | null;
  /** Who the claim says carried the events out. */
  actor: string | null;
  target: string | null;
  country: string | null;
  iso3: string | null;
  location: string | null;
  geo_precision: 1 | 2 | 3 | null;
  /** Attribution: the events attributed. Tally: events of the report that fit its kind, period and place (inferred). */
  event_ids: string[];
  statement: string;
  sources: SourceRef[];
  evidence: Record<string, EvidenceRef[]>;
};

export const CLAIM_COLUMNS = [
  "claim_id",
  "kind",
  "claimant",
  "event_type",
  "sub_event_type",
  "count_low",
  "count_best",
  "count_high",
  "period_start",
  "period_end",
  "time_precision",
  "actor",
  "target",
  "country",
  "iso3",
  "location",
  "geo_precision",
  "event_ids",
  "statement",
] as const;

export function toClaimRecords(doc: Doc): ClaimRecord[] {
  return (doc.claims ?? []).map((claim, i) => toClaimRecord(doc, claim, i));
}

function toClaimRecord(doc: Doc, claim: ClaimDraft, index: number): ClaimRecord {
  const place = claim.place?.value;
  return {
    claim_id: claimId(doc, index),
    kind: claim.kind,
    claimant: claim.claimant?.value ?? null,
    event_type: claim.eventType,
    sub_event_type: claim.subEventType,
    count_low: claim.count?.value.low ?? null,
    count_best: claim.count?.value.best ?? null,
    count_high: claim.count?.value.high ?? null,
    period_start: claim.period?.value.start ?? null,
    period_end: claim.period?.value.end ?? null,
    time_precision: claim.period?.value.precision ?? null,
    actor: claim.actor?.value.name ?? null,
    target: claim.target?.value.name ?? null,
    country: place?.country ?? null,
    iso3: place?.iso3 ?? null,
    location: place?.location ?? null,
    geo_precision: place?.precision ?? null,
    event_ids: claim.events.map((i) => eventId(doc, i)),
    statement: doc.text.slice(claim.statement.start, claim.statement.end),
    sources: [
      {
        document_id: doc.id,
        origin: doc.meta.origin,
        publisher: doc.meta.publisher ?? doc.meta.originalPublisher ?? null,
        published: doc.meta.published ?? null,
      },
    ],
    evidence: collectEvidence(doc, claim),
  };
}

function collectEvidence(doc: Doc, claim: ClaimDraft): Record<string, EvidenceRef[]> {
  const fields: [string, Field<unknown> | null][] = [
    ["claimant", claim.claimant],
    ["count", claim.count],
    ["period", claim.period],
    ["actor", claim.actor],
    ["target", claim.target],
    ["location", claim.place],
  ];
  const evidence: Record<string, EvidenceRef[]> = {
    statement: [ref(doc, claim.statement)],
    trigger: [ref(doc, claim.trigger)],
  };
  for (const [name, f] of fields) if (f && f.evidence.length > 0) evidence[name] = f.evidence.map((s) => ref(doc, s));
  return evidence;
}

function ref(doc: Doc, span: Span): EvidenceRef {
  return { document_id: doc.id, start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
}
