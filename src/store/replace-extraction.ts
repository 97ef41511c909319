// What the pipeline made of one document (spans, events, claims, relations), written in the document's
// transaction: inserted by saveDocument, replaced by reprocess. Replacing deletes the old extraction and
// writes the new one in one transaction, so a failed re-run leaves the document as it was.
import type { Transaction } from "kysely";
import type { Doc } from "../doc.js";
import type { EventRecord } from "../records/event-record.js";
import { saveClaimsAndRelations } from "./claims-relations.js";
import { insertRows } from "./compiled-queries.js";
import { reapplyReviews } from "./review-store.js";
import type { Database } from "./schema.js";
import { releaseEvents, saveEvents } from "./shared-events.js";
import { encodeSpanLayer } from "./span-layer-json.js";

export async function insertExtraction(trx: Transaction<Database>, doc: Doc, events: EventRecord[]): Promise<void> {
  // encodeSpanLayer reads a span's own fields only (start, end, label, by, data), so the spans go in as they are.
  const layers = Object.entries(doc.layers).flatMap(([layer, spans]) =>
    spans?.length ? [{ document_id: doc.id, layer, spans: encodeSpanLayer(spans) }] : [],
  );
  await insertRows(trx, "span_layers", layers);
  await saveEvents(trx, events, doc.id);
  await saveClaimsAndRelations(trx, doc, events);
}

/** Deletes a document's extraction, writes the new one and its publication date; false when the document is unknown. */
export async function replaceExtraction(trx: Transaction<Database>, doc: Doc, events: EventRecord[]): Promise<boolean> {
  const updated = await trx
    .updateTable("documents")
    .set({ published: doc.meta.published ?? null })
    .where("document_id", "=", doc.id)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) return false;
  await releaseEvents(trx, doc.id);
  for (const table of ["span_layers", "claims", "event_relations"] as const)
    await trx.deleteFrom(table).where("document_id", "=", doc.id).execute();
  await insertExtraction(trx, doc, events);
  await reapplyReviews(trx, doc.id);
  return true;
}
