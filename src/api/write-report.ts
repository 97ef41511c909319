// The write of one posted report: fetch it when only its address was given, extract, store, merge, and read back
// what POST /api/documents answers. Runs in the write worker (write-worker.ts), or in the server's own thread for a
// store no other connection can open (":memory:") and in tests (report-writer.ts, writeInThisThread).
import type { ExtractPool } from "../extract/extract-pool.js";
import type { RawDocument } from "../ingest/raw-document.js";
import type { AddressPolicy } from "../ingest/resolve-checked-address.js";
import { type IngestCounts, type IngestOptions, ingestDocuments, type Outcome } from "../ingest-documents.js";
import { LIST_LIMIT } from "../store/event-filter.js";
import { publicDocument } from "../store/public-document.js";
import type { Store } from "../store/store.js";
import { fetchReport, requirePageDate } from "./fetch-report.js";
import type { PostedReport } from "./read-report.js";

/** What POST /api/documents answers: the document that holds the report's text, how it ended, its events. */
export type StoredReport = {
  document: ReturnType<typeof publicDocument> | null;
  outcome: "stored" | "duplicate" | "skipped";
  reason: string | null;
  events: Awaited<ReturnType<Store["queryEvents"]>>["items"];
  counts: IngestCounts;
};

export type WriteOptions = {
  /** Which addresses a report given by URL may be fetched from. */
  policy: AddressPolicy;
  /** Brings the incidents up to date (the worker wraps it with its test hooks). */
  mergeEvents?: IngestOptions["mergeEvents"];
};

export async function writeReport(
  store: Store,
  pool: ExtractPool,
  report: PostedReport,
  options: WriteOptions,
): Promise<StoredReport> {
  const raw = await fetchPostedReport(report, pool, options.policy);
  const ended: { outcome?: Outcome; reason?: string } = {};
  const counts = await ingestDocuments(oneItem(raw), store, {
    published: raw.meta.published,
    pool,
    mergeEvents: options.mergeEvents,
    failures: "throw",
    onOutcome: (outcome) => (ended.outcome = outcome),
    onSkip: (skipped) => (ended.reason = `${skipped.reason}: ${skipped.detail}`),
  });
  return { ...(await storedReport(store, ended.outcome, ended.reason ?? null)), counts };
}

async function fetchPostedReport(report: PostedReport, pool: ExtractPool, policy: AddressPolicy): Promise<RawDocument> {
  if ("raw" in report) return report.raw;
  const raw = await fetchReport(report.url, report.meta, policy);
  await requirePageDate(raw, pool);
  return raw;
}

async function* oneItem(raw: RawDocument) {
  yield { raw };
}

/** The document that holds the report's text, how it ended, its events. */
async function storedReport(store: Store, outcome: Outcome | undefined, reason: string | null) {
  const documentId = outcome && "documentId" in outcome ? outcome.documentId : undefined;
  const stored = documentId ? await store.getDocument(documentId) : null;
  const events = documentId
    ? (await store.queryEvents({ document: documentId, sort: "event_date", limit: LIST_LIMIT.max })).items
    : [];
  return { document: stored ? publicDocument(stored.row) : null, outcome: outcome?.kind ?? "skipped", reason, events };
}
