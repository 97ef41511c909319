// Table types for Kysely: the columns as the database holds them.
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
  spans: { document_id: string; layer: string; start: number; end: number; label: string; by: string; data: string | null };
  events: { event_id: string; event_date: string | null; event_type: string; sub_event_type: string; iso3: string | null; record: string };
  event_sources: { event_id: string; document_id: string };
  fingerprints: { document_id: string; signature: string };
  fingerprint_buckets: { document_id: string; band: number; bucket: string };
  claims: { claim_id: string; document_id: string; kind: string; record: string };
  event_relations: { from_id: string; to_id: string; relation: string; document_id: string };
  incidents: { incident_id: string; event_date: string | null; iso3: string | null; record: string };
  incident_events: { event_id: string; incident_id: string };
};
