// Stored documents through the current pipeline again: after a stage improves, or after a document is
// re-dated (its relative dates resolve against the new day). The stored text is the cleaned text, so
// clean does not run again and every document keeps its id; each document's old spans, events and
// claims are replaced in one transaction. Skipped and declined documents have no extraction to redo.
import type { SourceMeta } from "./doc.js";
import { createDoc } from "./doc.js";
import { SitrepError } from "./errors.js";
import { updateIncidents } from "./merge/update-incidents.js";
import { buildPipeline, buildStages } from "./pipeline.js";
import { toEventRecord } from "./records/event-record.js";
import { loadResources, type Resources } from "./resources.js";
import type { DocumentRow, Store } from "./store/store.js";

export type ReprocessOptions = {
  /** Only this document (all stored "ok" documents when absent). */
  documentId?: string;
  /** Publication date for documents that carry none, as on ingest. */
  published?: string;
  /** A new publication date for the document(s), replacing the stored one (documents set-published). */
  setPublished?: string;
  /** Loaded ones to use (a caller that reprocesses often, such as a test); loaded for the run when absent. */
  resources?: Resources;
};

export type ReprocessCounts = { documents: number; events: number; undated: number };

export async function reprocessDocuments(store: Store, options: ReprocessOptions = {}): Promise<ReprocessCounts> {
  const rows = await chooseRows(store, options.documentId);
  const pipeline = buildPipeline(buildStages(options.resources ?? loadResources()));
  const counts: ReprocessCounts = { documents: 0, events: 0, undated: 0 };
  for (const row of rows) {
    const stored = await store.getDocument(row.document_id);
    if (!stored) continue;
    const published = options.setPublished ?? row.published ?? options.published;
    const doc = pipeline.run(createDoc(row.document_id, stored.text, metaOfRow(row, published)));
    const events = doc.events.map((draft, i) => toEventRecord(doc, draft, i));
    const old = (await store.listEvents({ documentId: row.document_id })).map((e) => e.event_id);
    await store.replaceExtraction(doc, events);
    // The new events re-cluster their block; the old ones' incidents are dropped and their other members merged again.
    const kept = new Set(events.map((e) => e.event_id));
    await updateIncidents(store, events, undefined, { removed: old.filter((id) => !kept.has(id)) });
    counts.documents += 1;
    counts.events += events.length;
    if (!published) counts.undated += 1;
  }
  return counts;
}

export async function chooseRows(store: Store, documentId: string | undefined): Promise<DocumentRow[]> {
  const rows = await store.listDocuments();
  if (!documentId) return rows.filter((r) => r.status === "ok");
  const row = rows.find((r) => r.document_id === documentId);
  if (!row)
    throw new SitrepError("not-found", `no document ${documentId} in the store (list them with: sitrep documents)`);
  if (row.status !== "ok")
    throw new SitrepError(
      "bad-usage",
      `document ${documentId} was skipped (${row.reason}): it has no extraction to redo`,
    );
  return [row];
}

/** The stored row back into the meta the stages read (the publication date above all). */
export function metaOfRow(row: DocumentRow, published: string | undefined): SourceMeta {
  const meta: SourceMeta = {
    origin: row.origin,
    url: row.url ?? undefined,
    title: row.title ?? undefined,
    publisher: row.publisher ?? undefined,
    originalPublisher: row.original_publisher ?? undefined,
    published,
    language: row.language ?? undefined,
    authors: row.authors ? (JSON.parse(row.authors) as string[]) : undefined,
    canonicalUrl: row.canonical_url ?? undefined,
  };
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as SourceMeta;
}
