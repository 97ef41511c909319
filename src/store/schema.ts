// Table types for Kysely: the columns as the database holds them.
import type { Generated } from "kysely";

export type DocumentRow = {
  document_id: string;
  origin: string;
  status: "ok" | "skipped";
  reason: string | null;
  /** On a skipped input: the step it stopped in (read, decode, clean, annotate, save), or null. */
  stage: string | null;
  detail: string | null;
  title: string | null;
  publisher: string | null;
  original_publisher: string | null;
  published: string | null;
  language: string | null;
  url: string | null;
  /** JSON array of bylines, or null. */
  authors: string | null;
  canonical_url: string | null;
  /** On a document stored as a near-duplicate: the document_id of the first copy. */
  duplicate_of: string | null;
  text_length: number;
  ingested_at: string;
};

export type Database = {
  documents: DocumentRow & { text: string };
  // 013: a layer's spans as a JSON array of Span, one row per (document, layer).
  span_layers: { document_id: string; layer: string; spans: string };
  events: {
    event_id: string;
    event_date: string | null;
    event_type: string;
    sub_event_type: string;
    iso3: string | null;
    record: string;
    // 007: the list filters' columns (the reviewed values when reviewed) and sort keys (event-columns.ts).
    date_key: string;
    fatalities_key: number;
    country: string | null;
    admin1: string | null;
    location: string | null;
    actors: string;
    latitude: number | null;
    longitude: number | null;
    review_status: string;
    // 018: the last day of the event's date interval ('' when undated): the merge's windows.
    date_end_key: string;
  };
  event_sources: { event_id: string; document_id: string };
  fingerprints: { document_id: string; signature: string };
  fingerprint_buckets: { document_id: string; band: number; bucket: string };
  claims: { claim_id: string; document_id: string; kind: string; record: string };
  event_relations: { from_id: string; to_id: string; relation: string; document_id: string };
  incidents: { incident_id: string; event_date: string | null; iso3: string | null; record: string };
  incident_events: { event_id: string; incident_id: string };
  event_reviews: {
    event_id: string;
    status: string;
    fields: string;
    note: string | null;
    reviewer: string;
    reviewed_at: string;
  };
  review_history: {
    entry_id: Generated<number>;
    event_id: string;
    action: string;
    fields: string;
    note: string | null;
    reviewer: string;
    at: string;
  };
  // 011: incident reviews, shaped like the event ones.
  incident_reviews: {
    incident_id: string;
    status: string;
    fields: string;
    note: string | null;
    reviewer: string;
    reviewed_at: string;
  };
  incident_review_history: {
    entry_id: Generated<number>;
    incident_id: string;
    action: string;
    fields: string;
    note: string | null;
    reviewer: string;
    at: string;
  };
  incident_history: {
    incident_id: string;
    position: number;
    field: string;
    value: string | null;
    previous: string | null;
    recorded_at: string;
    document_ids: string;
  };
  watch_seen: { key: string; seen_at: string };
};
