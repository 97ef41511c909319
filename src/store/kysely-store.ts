// The Store on any Kysely dialect: SQLite and PostgreSQL share every query.
import { createHash } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { CONFIG } from "../config.js";
import type { Doc } from "../doc.js";
import { SitrepError } from "../errors.js";
import type { SkippedInput } from "../ingest/raw-document.js";
import type { EventRecord } from "../records/event-record.js";
import { listClaims, listRelations, listRelationsAround } from "./claims-relations.js";
import { insertRows, runShaped } from "./compiled-queries.js";
import { BadFilterError } from "./event-filter.js";
import * as eventReads from "./events-store.js";
import {
  decodeSignature,
  encodeSignature,
  estimateResemblance,
  type Fingerprint,
  fingerprintText,
} from "./fingerprint.js";
import { reviewIncident, withIncidentReview, withIncidentReviews } from "./incident-review-store.js";
import * as incidents from "./incidents-store.js";
import * as lists from "./lists-store.js";
import { insertExtraction, replaceExtraction } from "./replace-extraction.js";
import { retryWhenBusy } from "./retry-when-busy.js";
import { reviewEvent } from "./review-store.js";
import type { Database } from "./schema.js";
import { decodeSpanLayer } from "./span-layer-json.js";
import type { Declined, DocumentRow, SaveOutcome, Store, StoredDocument } from "./store.js";
import { describeStoreFault } from "./store-faults.js";
import type { WriteBatch } from "./write-batch.js";

export function createKyselyStore(db: Kysely<Database>, writeBatch?: WriteBatch): Store {
  // Ingest asks for near-duplicates of a text, then saves it: the one fingerprint serves both.
  let last: { text: string; fingerprint: Fingerprint } | undefined;
  const fingerprintOnce = (text: string): Fingerprint => {
    if (last?.text !== text) last = { text, fingerprint: fingerprintText(text) };
    return last.fingerprint;
  };
  return {
    writeBatch,
    async saveDocument(doc, events) {
      const fingerprint = fingerprintOnce(doc.text);
      return guard("save document", () =>
        retryWhenBusy(() =>
          db.transaction().execute(async (trx) => {
            // Inserting and counting the row is one statement where a lookup first was two.
            const { inserted } = await insertRows(trx, "documents", [documentRow(doc)], {
              ignoreConflicts: "document_id",
            });
            if (inserted === 0) return "duplicate" as SaveOutcome;
            const signature = encodeSignature(fingerprint.signature);
            await insertRows(trx, "fingerprints", [{ document_id: doc.id, signature }]);
            const buckets = fingerprint.buckets.map((bucket, band) => ({ document_id: doc.id, band, bucket }));
            await insertRows(trx, "fingerprint_buckets", buckets);
            await insertExtraction(trx, doc, events);
            return "stored" as SaveOutcome;
          }),
        ),
      );
    },
    async replaceExtraction(doc, events) {
      return guard("replace the extraction of document", () =>
        db.transaction().execute((trx) => replaceExtraction(trx, doc, events)),
      );
    },
    async saveSkipped(skipped) {
      const id = skippedId(skipped);
      return guard("save skipped input", () => insertOnce(db, skippedRow(id, skipped)));
    },
    async saveDeclined(doc, declined) {
      return guard("save declined document", () => insertOnce(db, declinedRow(doc, declined)));
    },
    async findNearDuplicate(text) {
      const { signature, buckets } = fingerprintOnce(text);
      const candidates = (await findCandidates(db, buckets)).rows;
      const first = candidates.find(
        (c) => estimateResemblance(decodeSignature(c.signature), signature) >= CONFIG.nearDuplicateMinResemblance,
      );
      return first?.document_id ?? null;
    },
    async hasDocument(documentId) {
      return !!(await db
        .selectFrom("documents")
        .select("document_id")
        .where("document_id", "=", documentId)
        .executeTakeFirst());
    },
    async findOrigin(documentId) {
      const row = await db
        .selectFrom("documents")
        .select("origin")
        .where("document_id", "=", documentId)
        .executeTakeFirst();
      return row?.origin ?? null;
    },
    async listDocuments() {
      const rows = await db.selectFrom("documents").selectAll().orderBy("ingested_at").orderBy("document_id").execute();
      return rows.map(({ text: _text, ...row }) => row as DocumentRow);
    },
    async getDocument(documentId) {
      const row = await db.selectFrom("documents").selectAll().where("document_id", "=", documentId).executeTakeFirst();
      if (!row) return null;
      const stored = await db
        .selectFrom("span_layers")
        .select(["layer", "spans"])
        .where("document_id", "=", documentId)
        .execute();
      const layers: StoredDocument["layers"] = {};
      for (const { layer, spans } of stored) layers[layer] = decodeSpanLayer(spans).sort((a, b) => a.start - b.start);
      const { text, ...rest } = row;
      return { row: rest as DocumentRow, text, layers };
    },
    async listEvents(filter = {}) {
      let query = db
        .selectFrom("events")
        .select(["events.record"])
        .orderBy("events.event_date")
        .orderBy("events.event_id");
      if (filter.documentId) {
        query = query
          .innerJoin("event_sources", "event_sources.event_id", "events.event_id")
          .where("event_sources.document_id", "=", filter.documentId);
      }
      return (await query.execute()).map((r) => JSON.parse(r.record) as EventRecord);
    },
    async listClaims(filter = {}) {
      return listClaims(db, filter);
    },
    async listRelations() {
      return listRelations(db);
    },
    listEventsInWindow: (window) => guard("list events", () => incidents.listEventsInWindow(db, window)),
    listEventsWithoutIncident: () => guard("list events", () => incidents.listEventsWithoutIncident(db)),
    listSourceDocuments: (ids) => guard("list documents", () => incidents.listSourceDocuments(db, ids)),
    listIncidentMembers: (ids) => guard("list incidents", () => incidents.listIncidentMembers(db, ids)),
    replaceIncidents: (ids, list, history) =>
      guard("save incidents", () => incidents.replaceIncidents(db, ids, list, history)),
    listIncidents: (options) => guard("list incidents", () => incidents.listIncidents(db, options)),
    getIncident: (id) =>
      guard("read incident", async () => withIncidentReview(db, await incidents.getIncident(db, id))),
    listIncidentsHolding: (ids) => guard("list incidents", () => incidents.listIncidentsHolding(db, ids)),
    listIncidentHistory: (ids) => guard("list incident history", () => incidents.listIncidentHistory(db, ids)),
    listEventsByIds: (ids) => guard("list events", () => incidents.listEventsByIds(db, ids)),
    listSeen: (keys) => guard("read what watch has seen", () => incidents.listSeen(db, keys)),
    markSeen: (keys, now) => guard("record what watch has seen", () => incidents.markSeen(db, keys, now)),
    queryEvents: (query) => guardReads("list events", () => eventReads.queryEvents(db, query)),
    iterateEvents: (query) => eventReads.iterateEvents(db, query),
    summarizeEvents: (filter) => guardReads("summarize events", () => eventReads.summarizeEvents(db, filter)),
    getEventDetail: (id) => guard("read event", () => eventReads.getEventDetail(db, id)),
    getEventsByIds: (ids) => guard("read events", () => eventReads.getEventsByIds(db, ids)),
    reviewEvent: (id, input) => guard("save review", () => retryWhenBusy(() => reviewEvent(db, id, input))),
    queryIncidents: (query) =>
      guardReads("list incidents", async () => {
        const page = await lists.queryIncidents(db, query);
        return { ...page, items: await withIncidentReviews(db, page.items) };
      }),
    reviewIncident: (id, input) => guard("save review", () => retryWhenBusy(() => reviewIncident(db, id, input))),
    queryClaims: (query) => guardReads("list claims", () => lists.queryClaims(db, query)),
    queryDocuments: (query) => guardReads("list documents", () => lists.queryDocuments(db, query)),
    listRelationsAround: (ids) => guard("list relations", () => listRelationsAround(db, ids)),
    async close() {
      await db.destroy();
    },
  };
}

/**
 * LSH: only documents sharing a whole band of minima are compared. One indexed lookup of the (band, bucket) pairs,
 * where an OR of 32 (band = ? and bucket = ?) terms cost more to build and plan than to run; the band numbers are
 * literals of the statement's one shape, the buckets its parameters.
 */
function findCandidates(db: Kysely<Database>, buckets: string[]) {
  return runShaped(db, `near-duplicate candidates ${buckets.length}`, [...buckets], () =>
    nearDuplicateCandidates(db, buckets),
  );
}

/** Documents that share a band's bucket with `buckets` (one per band), oldest first. */
export function nearDuplicateCandidates(db: Kysely<Database>, buckets: string[]) {
  // An OR of (band, bucket) equalities, not a row-value IN (VALUES …): SQLite answers the OR with one primary-key
  // search per band but scans the whole table for the IN list.
  return db
    .selectFrom("fingerprint_buckets")
    .innerJoin("fingerprints", "fingerprints.document_id", "fingerprint_buckets.document_id")
    .innerJoin("documents", "documents.document_id", "fingerprint_buckets.document_id")
    .select(["fingerprints.document_id", "fingerprints.signature", "documents.ingested_at"])
    .where((eb) =>
      eb.or(
        buckets.map((bucket, band) =>
          eb.and([eb("fingerprint_buckets.band", "=", sql.lit(band)), eb("fingerprint_buckets.bucket", "=", bucket)]),
        ),
      ),
    )
    .distinct()
    .orderBy("documents.ingested_at")
    .orderBy("fingerprints.document_id");
}

/** As guard, but a bad filter or cursor stays the caller's error (a 400, a usage error), not the store's. */
async function guardReads<T>(what: string, run: () => Promise<T>): Promise<T> {
  return guard(what, run).catch((error) => {
    throw error.cause instanceof BadFilterError ? error.cause : error;
  });
}

async function guard<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw (
      describeStoreFault(what, error) ??
      new SitrepError("store-failed", `store: could not ${what}: ${(error as Error).message}`, { cause: error })
    );
  }
}

/** One statement, so another writer cannot insert the same id between a check and the insert. */
async function insertOnce(db: Kysely<Database>, row: Database["documents"]): Promise<SaveOutcome> {
  const result = await retryWhenBusy(() =>
    db
      .insertInto("documents")
      .values(row)
      .onConflict((oc) => oc.column("document_id").doNothing())
      .executeTakeFirst(),
  );
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0 ? "stored" : "duplicate";
}

function documentRow(doc: Doc): Database["documents"] {
  return {
    document_id: doc.id,
    origin: doc.meta.origin,
    status: "ok",
    reason: null,
    stage: null,
    detail: null,
    title: doc.meta.title ?? null,
    publisher: doc.meta.publisher ?? null,
    original_publisher: doc.meta.originalPublisher ?? null,
    published: doc.meta.published ?? null,
    language: doc.meta.language ?? null,
    url: doc.meta.url ?? null,
    authors: doc.meta.authors?.length ? JSON.stringify(doc.meta.authors) : null,
    canonical_url: doc.meta.canonicalUrl ?? null,
    duplicate_of: null,
    text: doc.text,
    text_length: doc.text.length,
    ingested_at: new Date().toISOString(),
  };
}

function declinedRow(doc: Doc, declined: Declined): Database["documents"] {
  return {
    ...documentRow(doc),
    status: "skipped",
    reason: declined.reason,
    stage: "clean",
    detail: declined.detail,
    duplicate_of: declined.duplicateOf ?? null,
  };
}

/**
 * A skipped input has no cleaned text to hash: its id comes from where it was, where and why it stopped, and the
 * hash of its content when it was read, so a re-run finds the same row and two different inputs get two.
 */
function skippedId(skipped: SkippedInput): string {
  // An input skipped before its content was read keeps the key rows had before stages were recorded.
  const hasContent = skipped.fingerprint !== undefined || skipped.duplicateOf !== undefined;
  const parts = hasContent
    ? [skipped.origin, skipped.stage ?? "", skipped.reason, skipped.fingerprint ?? "", skipped.duplicateOf ?? ""]
    : [skipped.origin, skipped.reason];
  const key = parts.join("\n");
  return "skip-" + createHash("sha256").update(key).digest("hex").slice(0, 16);
}

function skippedRow(id: string, skipped: SkippedInput): Database["documents"] {
  return {
    document_id: id,
    origin: skipped.origin,
    status: "skipped",
    reason: skipped.reason,
    stage: skipped.stage ?? "read",
    detail: skipped.detail,
    title: null,
    publisher: null,
    original_publisher: null,
    published: null,
    language: null,
    url: null,
    authors: null,
    canonical_url: null,
    duplicate_of: skipped.duplicateOf ?? null,
    text: "",
    text_length: 0,
    ingested_at: new Date().toISOString(),
  };
}
