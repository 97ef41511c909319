// The store contract. SQLite (embedded default) and PostgreSQL implement it through one Kysely query layer.
import type { Doc, Span } from "../doc.js";
import type { SkippedInput } from "../ingest/raw-document.js";
import type { ClaimRecord } from "../merge/claim-record.js";
import type { EventRecord } from "../merge/event-record.js";
import type { RelationRow } from "./claims-relations.js";

export type DocumentRow = {
  document_id: string;
  origin: string;
  status: "ok" | "skipped";
  reason: string | null;
  detail: string | null;
  title: string | null;
  publisher: string | null;
  original_publisher: string | null;
  published: string | null;
  language: string | null;
  url: string | null;
  text_length: number;
  ingested_at: string;
};

export type StoredDocument = { row: DocumentRow; text: string; layers: Record<string, Span[]> };

export type SaveOutcome = "stored" | "duplicate";

export interface Store {
  /** Stores a processed document with its spans and events in one transaction; a known content hash is a duplicate. */
  saveDocument(doc: Doc, events: EventRecord[]): Promise<SaveOutcome>;
  /** Records an input that could not be used, with its reason; re-recording the same origin and reason is a no-op. */
  saveSkipped(skipped: SkippedInput): Promise<SaveOutcome>;
  hasDocument(documentId: string): Promise<boolean>;
  listDocuments(): Promise<DocumentRow[]>;
  getDocument(documentId: string): Promise<StoredDocument | null>;
  listEvents(filter?: { documentId?: string }): Promise<EventRecord[]>;
  /** Tallies and attributions (saved with their document by saveDocument, from doc.claims). */
  listClaims(filter?: { documentId?: string }): Promise<ClaimRecord[]>;
  /** Links: event -> event/claim "in_response_to", claim -> event "attributes" / "counts". */
  listRelations(): Promise<RelationRow[]>;
  close(): Promise<void>;
}
