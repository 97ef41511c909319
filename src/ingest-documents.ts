// Raw inputs -> cleaned, annotated documents -> the store, one document at a time, each all-or-nothing (its own
// transaction, or a savepoint in a batch of several that commits once, with `commitEvery`): a crash loses at
// most the document in hand or the uncommitted batch, and a re-run skips what is stored already (content hash),
// so it resumes where it stopped. A near-duplicate of a stored document (a syndicated copy
// with another masthead) and a document in a language sitrep does not read are stored as "skipped" with
// their reason, not extracted: one incident reported once must not become two events.
// Every input ends as a row: a failure anywhere in one input (a page that breaks the HTML parser, a stage bug,
// a step over its time budget) is stored as skipped with its stage, reason and message, and the run goes on.
// Only a store that cannot be written stops it. Cleaning and annotating run in the extraction worker pool.
import { createHash } from "node:crypto";
import { decideDecline } from "./decline.js";
import type { Doc } from "./doc.js";
import { createExtractPool, type ExtractPool } from "./extract/extract-pool.js";
import type { IngestItem, RawDocument, SkippedInput, SkipStage } from "./ingest/raw-document.js";
import { updateIncidents } from "./merge/update-incidents.js";
import type { EventRecord } from "./records/event-record.js";
import type { CleanOptions } from "./stages/clean/index.js";
import type { Store } from "./store/store.js";
import { describeStoreFault } from "./store/store-faults.js";
import { type CommitPolicy, paceCommits } from "./store/write-batch.js";

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
  /** Told of every input stored as skipped, whatever step skipped it. */
  onSkip?: (skipped: SkippedInput) => void;
  /** Told what a document's cleaning noticed (a publication date it could not read), as it happens. */
  onNote?: (origin: string, note: string) => void;
  /** Told how each input ended and, when stored or a duplicate, which document holds its text (the API answers with it). */
  onOutcome?: (outcome: Outcome) => void;
  /** The workers to extract in; without one, a pool is made for the run and closed at its end. */
  pool?: ExtractPool;
  /** Brings the incidents up to date with new events; `sitrep worker` queues it as a job of its own instead. */
  mergeEvents?: (store: Store, events: EventRecord[]) => Promise<unknown>;
  /** Several documents per commit, where the store batches (SQLite); without it each document commits alone. */
  commitEvery?: CommitPolicy;
  /** "throw": a failure in the store or the merge stops the run instead of being stored as the input's skipped row,
   * so that a caller holding the whole report in one transaction (the API's writer) can roll it back and answer with
   * the error. Extraction failures (a stage, a time budget) stay results either way. */
  failures?: "record" | "throw";
};

export type Outcome =
  | { kind: "stored"; events: number; undated: boolean; documentId?: string }
  | { kind: "duplicate"; documentId?: string }
  | { kind: "skipped" };

export async function ingestDocuments(
  items: AsyncIterable<IngestItem>,
  store: Store,
  options: IngestOptions = {},
): Promise<IngestCounts> {
  const pool = options.pool ?? createExtractPool();
  const counts: IngestCounts = { read: 0, stored: 0, duplicates: 0, skipped: 0, events: 0, undated: 0 };
  const saveSkipped = async (skipped: SkippedInput): Promise<Outcome> => {
    await store.saveSkipped(skipped);
    options.onSkip?.(skipped);
    return { kind: "skipped" };
  };
  const commits = paceCommits(store.writeBatch, options.commitEvery ?? { documents: 1, ms: 0 });
  try {
    for await (const item of commits.paced(items)) {
      counts.read += 1;
      await commits.beforeDocument();
      const outcome =
        "skipped" in item
          ? await saveSkipped(item.skipped)
          : await ingestRaw(item.raw, store, pool, options, saveSkipped);
      await commits.afterDocument();
      count(counts, outcome);
      options.onOutcome?.(outcome);
      options.onItem?.(counts, "raw" in item ? item.raw.origin : item.skipped.origin);
    }
  } catch (error) {
    // Each document in the batch is whole (savepoints), so what is open is kept even when the run stops early; a
    // commit that fails then drops it, and the error that stopped the run is the one told.
    await commits.finish().catch(() => {});
    throw error;
  } finally {
    if (!options.pool) await pool.close();
  }
  await commits.finish();
  return counts;
}

function count(counts: IngestCounts, outcome: Outcome): void {
  if (outcome.kind === "skipped") counts.skipped += 1;
  else if (outcome.kind === "duplicate") counts.duplicates += 1;
  else {
    counts.stored += 1;
    counts.events += outcome.events;
    if (outcome.undated) counts.undated += 1;
  }
}

type SaveSkipped = (skipped: SkippedInput) => Promise<Outcome>;

/** One raw document; whatever throws is this input's failure, stored as its row (a store that cannot even do that stops the run). */
async function ingestRaw(
  raw: RawDocument,
  store: Store,
  pool: ExtractPool,
  options: IngestOptions,
  saveSkipped: SaveSkipped,
): Promise<Outcome> {
  const fingerprint = fingerprintOf(raw.content);
  const progress: { stage: SkipStage } = { stage: "clean" };
  try {
    const cleaned = await pool.clean(raw, { published: options.published, language: options.language });
    if ("skipped" in cleaned) return await saveSkipped({ ...cleaned.skipped, fingerprint });
    for (const note of cleaned.notes ?? []) options.onNote?.(raw.origin, note);
    return await declineOrProcess(
      cleaned.doc,
      store,
      pool,
      progress,
      saveSkipped,
      options.mergeEvents ?? updateIncidents,
    );
  } catch (error) {
    // A full, read-only, locked or unreachable store is no fault of this input: the run stops, to resume later.
    const fault = describeStoreFault("store a document", error);
    if (fault) throw fault;
    if (options.failures === "throw") throw error;
    return saveSkipped({
      origin: raw.origin,
      stage: progress.stage,
      reason: "failed",
      detail: (error as Error).message,
      fingerprint,
    });
  }
}

type MergeEvents = NonNullable<IngestOptions["mergeEvents"]>;

async function declineOrProcess(
  doc: Doc,
  store: Store,
  pool: ExtractPool,
  progress: { stage: SkipStage },
  saveSkipped: SaveSkipped,
  mergeEvents: MergeEvents,
): Promise<Outcome> {
  const firstOrigin = await store.findOrigin(doc.id);
  if (firstOrigin !== null) return recordCopy(doc, firstOrigin, "clean", saveSkipped);
  const { language, languageBy } = doc.meta;
  const foreign = decideDecline({ language, languageBy });
  if (foreign?.reason === "unsupported-language") {
    await store.saveDeclined(doc, { reason: foreign.reason, detail: foreign.detail });
    return { kind: "skipped" };
  }
  const first = await store.findNearDuplicate(doc.text);
  // The same text, stored by another writer since the check above: a copy with a row of its own (a declined
  // row would share the stored document's id and be dropped).
  if (first === doc.id)
    return recordCopy(doc, (await store.findOrigin(doc.id)) ?? doc.meta.origin, "clean", saveSkipped);
  const copy = decideDecline({ nearDuplicateOf: first });
  if (first && copy?.reason === "duplicate") {
    await store.saveDeclined(doc, { reason: copy.reason, detail: copy.detail, duplicateOf: first });
    // The copy joins the sources of the first copy's incidents (counted under the same publisher).
    await mergeEvents(store, await store.listEvents({ documentId: first }));
    return { kind: "duplicate", documentId: doc.id };
  }
  progress.stage = "annotate";
  const annotated = await pool.annotate(doc);
  if ("skipped" in annotated) return saveSkipped({ ...annotated.skipped, fingerprint: doc.id });
  progress.stage = "save";
  const outcome = await store.saveDocument(annotated.doc, annotated.events);
  // Another writer stored the same text while this one annotated it: the copy still gets its row.
  if (outcome === "duplicate")
    return recordCopy(doc, (await store.findOrigin(doc.id)) ?? doc.meta.origin, "save", saveSkipped);
  // Right after the document's transaction, and idempotent: a crash in between is healed by completeIncidents.
  await mergeEvents(store, annotated.events);
  return {
    kind: "stored",
    events: annotated.events.length,
    undated: !annotated.doc.meta.published,
    documentId: doc.id,
  };
}

/** The same input read again (a resumed run) adds nothing; the same text from elsewhere is a row of its own. */
async function recordCopy(doc: Doc, firstOrigin: string, stage: SkipStage, saveSkipped: SaveSkipped): Promise<Outcome> {
  if (firstOrigin === doc.meta.origin) return { kind: "duplicate", documentId: doc.id };
  await saveSkipped({
    origin: doc.meta.origin,
    stage,
    reason: "duplicate",
    detail: `the same text as ${doc.id} (${firstOrigin})`,
    duplicateOf: doc.id,
  });
  return { kind: "duplicate", documentId: doc.id };
}

/** A short hash of what was read, so two different inputs skipped at one origin keep two rows. */
function fingerprintOf(content: string): string {
  return createHash("sha256").update(content).digest("hex").slice(0, 16);
}
