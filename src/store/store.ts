// The store contract. SQLite (embedded default) and PostgreSQL implement it through one Kysely query layer.
import type { Doc, Span } from "../doc.js";
import type { SkippedInput } from "../ingest/raw-document.js";
import type { ClaimRecord } from "../records/claim-record.js";
import type { EventRecord } from "../records/event-record.js";
import type { FieldChange, IncidentRecord } from "../records/incident-record.js";
import type { ReviewedEvent, ReviewInput } from "../review/review-decision.js";
import type { RelationRow } from "./claims-relations.js";
import type { EventFilter, EventQuery, Page } from "./event-filter.js";
import type { DaySummary, EventDetail } from "./events-store.js";
import type { ReviewedIncident } from "./incident-review-store.js";
import type { EventWindow } from "./incidents-store.js";
import type { ClaimQuery, DocumentQuery, PublicDocument } from "./lists-store.js";
import type { DocumentRow } from "./schema.js";
import type { WriteBatch } from "./write-batch.js";

/** A document's row: its columns live with the table types (schema.ts), so schema needs nothing from here. */
export type { DocumentRow };

export type StoredDocument = { row: DocumentRow; text: string; layers: Record<string, Span[]> };

export type SaveOutcome = "stored" | "duplicate";

/** Why a cleaned document is kept but not extracted: a near-duplicate of a stored one, or a language sitrep does not read. */
export type Declined = { reason: "duplicate" | "unsupported-language"; detail: string; duplicateOf?: string };

export interface Store {
  /** Several documents' writes in one commit (SQLite; PostgreSQL's pool holds no one connection to batch on). */
  writeBatch?: WriteBatch;
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
  /** In one transaction: drops the incidents holding any of `eventIds`, stores `incidents`, and with `history`
   * replaces the dropped incidents' field history by the new incidents'. */
  replaceIncidents(
    eventIds: string[],
    incidents: IncidentRecord[],
    history?: ReadonlyMap<string, FieldChange[]>,
  ): Promise<void>;
  /** Every incident; with `history`, each carries the history of its fields. */
  listIncidents(options?: { history?: boolean }): Promise<IncidentRecord[]>;
  /** One incident with the history of its fields, or null. */
  getIncident(incidentId: string): Promise<ReviewedIncident | null>;
  /** The stored incidents holding any of these events. */
  listIncidentsHolding(eventIds: string[]): Promise<IncidentRecord[]>;
  /** The field history of these incidents, by incident id. */
  listIncidentHistory(incidentIds: string[]): Promise<Map<string, FieldChange[]>>;
  listEventsByIds(eventIds: string[]): Promise<EventRecord[]>;
  /** Of these keys (a feed item's URL, a file's content hash), the ones `sitrep watch` has read before. */
  listSeen(keys: string[]): Promise<Set<string>>;
  markSeen(keys: string[], now: string): Promise<void>;
  queryEvents(query: EventQuery & { hasCoordinates?: boolean }): Promise<Page<ReviewedEvent>>;
  /** Every event a query matches, read a page at a time (constant memory). */
  iterateEvents(query: EventQuery): AsyncIterable<ReviewedEvent>;
  /** Events, fatalities and events by type per day, for the timeline. */
  summarizeEvents(filter: EventFilter): Promise<DaySummary[]>;
  /** One event: reviewed and extracted record, its review and history, claims and source document; null when unknown. */
  getEventDetail(eventId: string): Promise<EventDetail | null>;
  getEventsByIds(eventIds: string[]): Promise<ReviewedEvent[]>;
  /** Records a review decision with its audit entry; false when there is no such event. */
  reviewEvent(eventId: string, input: ReviewInput): Promise<boolean>;
  /** Incidents with their reviewers' values applied and their decisions. */
  queryIncidents(query: EventQuery): Promise<Page<ReviewedIncident>>;
  /** Records a review decision on an incident with its audit entry; false when there is no such incident. */
  reviewIncident(incidentId: string, input: ReviewInput): Promise<boolean>;
  queryClaims(query: ClaimQuery): Promise<Page<ClaimRecord>>;
  queryDocuments(query: DocumentQuery): Promise<Page<PublicDocument>>;
  /** The relations connected to these ids, transitively: what a response chain is followed through. */
  listRelationsAround(ids: string[]): Promise<RelationRow[]>;
  close(): Promise<void>;
}
