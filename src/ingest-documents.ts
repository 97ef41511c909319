// Raw inputs -> cleaned, annotated documents -> the store, one document at a time, each in its own
// transaction: a crash loses at most the document in hand, and a re-run skips what is stored already
// (content hash), so it resumes where it stopped. A near-duplicate of a stored document (a syndicated copy
// with another masthead) and a document in a language sitrep does not read are stored as "skipped" with
// their reason, not extracted: one incident reported once must not become two events.
import type { IngestItem } from "./ingest/raw-document.js";
import { toEventRecord } from "./merge/event-record.js";
import { buildPipeline } from "./pipeline.js";
import { isSupportedLanguage } from "./stages/clean/detect-language.js";
import { cleanRawDocument, type CleanOptions } from "./stages/clean/index.js";
import type { Store } from "./store/store.js";

export type IngestCounts = {
  read: number;
  stored: number;
  duplicates: number;
  skipped: number;
  events: number;
  /** Stored documents with no publication date: their relative dates ("Sunday", "last week") stay unresolved. */
  undated: number;
};

export type IngestOptions = CleanOptions & {
  onItem?: (counts: IngestCounts, origin: string) => void;
  /** Told what a document's cleaning noticed (a publication date it could not read), as it happens. */
  onNote?: (origin: string, note: string) => void;
};

export async function ingestDocuments(items: AsyncIterable<IngestItem>, store: Store, options: IngestOptions = {}): Promise<IngestCounts> {
  const pipeline = buildPipeline();
  const counts: IngestCounts = { read: 0, stored: 0, duplicates: 0, skipped: 0, events: 0, undated: 0 };
  for await (const item of items) {
    counts.read += 1;
    const origin = "raw" in item ? item.raw.origin : item.skipped.origin;
    if ("skipped" in item) {
      await store.saveSkipped(item.skipped);
      counts.skipped += 1;
    } else {
      const cleaned = cleanRawDocument(item.raw, options);
      if ("doc" in cleaned) for (const note of cleaned.notes ?? []) options.onNote?.(origin, note);
      if ("skipped" in cleaned) {
        await store.saveSkipped(cleaned.skipped);
        counts.skipped += 1;
      } else if (await store.hasDocument(cleaned.doc.id)) {
        counts.duplicates += 1;
      } else {
        await declineOrProcess(cleaned.doc, origin);
      }
    }
    options.onItem?.(counts, origin);
  }
  return counts;

  async function declineOrProcess(doc: Parameters<typeof pipeline.run>[0], origin: string) {
    const { language } = doc.meta;
    if (!isSupportedLanguage(language)) {
      const by = doc.meta.languageBy ? ` (by ${doc.meta.languageBy})` : "";
      await store.saveDeclined(doc, { reason: "unsupported-language", detail: `the text is in language "${language}"${by}; sitrep reads English (--lang en if it is English)` });
      counts.skipped += 1;
      return;
    }
    const first = await store.findNearDuplicate(doc.text);
    if (first) {
      await store.saveDeclined(doc, { reason: "duplicate", detail: `near-duplicate of ${first}`, duplicateOf: first });
      counts.duplicates += 1;
      return;
    }
    await processAndSave(doc, origin);
  }

  async function processAndSave(doc: Parameters<typeof pipeline.run>[0], origin: string) {
    let processed;
    try {
      processed = pipeline.run(doc);
    } catch (error) {
      // A stage bug on one document is recorded with its reason; the run goes on.
      await store.saveSkipped({ origin, reason: "failed", detail: (error as Error).message });
      counts.skipped += 1;
      return;
    }
    const events = processed.events.map((draft, i) => toEventRecord(processed, draft, i));
    const outcome = await store.saveDocument(processed, events);
    if (outcome === "stored") {
      counts.stored += 1;
      counts.events += events.length;
      if (!processed.meta.published) counts.undated += 1;
    } else counts.duplicates += 1;
  }
}
