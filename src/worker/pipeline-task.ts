// The pipeline job: a stored document through the current pipeline again, as `sitrep reprocess` does inline. The
// stored text is the cleaned text, so only annotation runs (in the worker's extraction thread); the new extraction
// replaces the old in one transaction, and the merge it needs (the new events, the incidents of the events it no
// longer has) is queued like an ingest's, so merges stay one at a time. Running the job twice changes nothing more.
import type { Task, WorkerUtils } from "graphile-worker";
import { createDoc } from "../doc.js";
import type { ExtractPool } from "../extract/extract-pool.js";
import { metaOfRow } from "../reprocess-documents.js";
import type { Store } from "../store/store.js";
import { type PipelineJob, queueMerge } from "./jobs.js";

export function pipelineTask(store: Store, extract: ExtractPool, utils: WorkerUtils): Task {
  return async (payload) => {
    const { documentId, published } = payload as PipelineJob;
    const stored = await store.getDocument(documentId);
    // Deleted, or skipped since it was queued: there is no extraction to redo.
    if (stored?.row.status !== "ok") return;
    const doc = createDoc(documentId, stored.text, metaOfRow(stored.row, stored.row.published ?? published));
    const annotated = await extract.annotate(doc);
    // Thrown, so graphile-worker retries it with backoff and the stored extraction stays as it was meanwhile.
    if ("skipped" in annotated)
      throw new Error(`document ${documentId}: ${annotated.skipped.reason} (${annotated.skipped.detail})`);
    const old = (await store.listEvents({ documentId })).map((e) => e.event_id);
    await store.replaceExtraction(annotated.doc, annotated.events);
    const kept = new Set(annotated.events.map((e) => e.event_id));
    await queueMerge(
      utils,
      annotated.events,
      old.filter((id) => !kept.has(id)),
    );
  };
}
