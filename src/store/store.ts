// The store contract. SQLite (embedded default) and PostgreSQL implement it through one Kysely query layer.
import type { Doc, Span } from "../doc.js";
import type { SkippedInput } from "../ingest/raw-document.js";
import type { ClaimRecord } from "../records/claim-record.js";
import type { EventRecord } from "../records/event-record.js";
import type { RelationRow } from "./claims-relations.js";
import type { IncidentRecord } from "../records/incident-record.js";
import type { EventWindow } from "./incidents-store.js";
import type { DocumentRow } from "./schema.js";

/** A document's row: its columns live with the table types (schema.ts), so schema needs nothing from here. */
export type { DocumentRow };

export type StoredDocument = { row: DocumentRow; text: string; layers: Record<string, Span[]> };

export type SaveOutcome = "stored" | "duplicate";

/** Why a cleaned document is kept but not extracted: a near-duplicate of a stored one, or a language sitrep does not read. */
export type Declined = { reason: "duplicate" | "unsupported-language"; detail: string; duplicateOf?: string };

export interface Store {
  /** Stores a processed document with its spans and events in one transaction; a known content hash is a duplicate. */
  saveDocument(doc: Doc, events: EventRecord[]): Promise<SaveOutcome>;
  /** Replaces a stored document's spans, events, claims and relations and its publication date in one transaction (reprocess); false when unknown. */
  replaceExtraction(doc: Doc, events: EventRecord[]): Promise<boolean>;
  /** Records an input that could not be used, with its stage and reason; re-recording the same input (origin, stage,
   * reason, content fingerprint) is a no-op, while two different inputs skipped at one origin keep two rows. */
  saveSkipped(skipped: SkippedInput): Promise<SaveOutcome>;
  /** Stores a cleaned document's text and metadata with status "skipped" and the reason, without spans or events. */
  saveDeclined(doc: Doc, declined: Declined): Promise<SaveOutcome>;
  hasDocument(documentId: string): Promise<boolean>;
  /** The origin a stored document was first read from, or null: tells a re-run of one input from a copy at another. */
  findOrigin(documentId: string): Promise<string | null>;
  /** The first stored document whose text is a near-duplicate of this text (SimHash, CONFIG.nearDuplicateMaxBits), or null. */
  findNearDuplicate(text: string): Promise<string | null>;
  listDocuments(): Promise<DocumentRow[]>;
  getDocument(documentId: string): Promise<StoredDocument | null>;
  listEvents(filter?: { documentId?: string }): Promise<EventRecord[]>;
  /** Tallies and attributions (saved with their document by saveDocument, from doc.claims). */
  listClaims(filter?: { documentId?: string }): Promise<ClaimRecord[]>;
  /** Links: event -> event/claim "in_response_to", claim -> event "attributes" / "counts". */
  listRelations(): Promise<RelationRow[]>;
  /** Events dated within [from, to] (YYYY-MM-DD, inclusive) in iso3 (or of no known country) when given, or the
   * undated ones: the block merging compares a new event with. */
  listEventsInWindow(window: EventWindow): Promise<EventRecord[]>;
  /** Events no incident holds yet (stored before incidents existed, or by a run that stopped between the two writes). */
  listEventsWithoutIncident(): Promise<EventRecord[]>;
  /** Rows of these documents and of the stored near-duplicates of them. */
  listSourceDocuments(documentIds: string[]): Promise<DocumentRow[]>;
  /** Member event ids of every incident that holds one of these events. */
  listIncidentMembers(eventIds: string[]): Promise<string[]>;
  /** In one transaction: drops the incidents holding any of `eventIds`, stores `incidents`. */
  replaceIncidents(eventIds: string[], incidents: IncidentRecord[]): Promise<void>;
  listIncidents(): Promise<IncidentRecord[]>;
  close(): Promise<void>;
}
