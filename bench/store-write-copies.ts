// The documents both store-writes benches save: the invented report through the real pipeline, copied with new ids
// and its words shuffled (so no copy is a near-duplicate of another), and the rows the store writes for each,
// made beforehand, for the raw prepared-insert baseline.
import type Database from "better-sqlite3";
import type { Doc } from "../src/doc.js";
import { processText } from "../src/process.js";
import { toClaimRecords } from "../src/records/claim-record.js";
import { type EventRecord, toEventRecord } from "../src/records/event-record.js";
import { relationRows } from "../src/store/claims-relations.js";
import { encodeSignature, fingerprintText } from "../src/store/fingerprint.js";
import { CLEAR, INDEX, QUEUE_STATE, UNINDEX } from "../src/store/search-queue.js";
import { eventRow } from "../src/store/shared-events.js";
import { encodeSpanLayer } from "../src/store/span-layer-json.js";
import { readInventedReport } from "../src/testing/fixtures.js";

export type Copy = { doc: Doc; events: EventRecord[] };
export type RawRows = ReturnType<typeof rawRows>;

export function makeCopies(count: number): Copy[] {
  const result = processText(readInventedReport(), { origin: "invented", published: "2024-05-06" });
  if (!("doc" in result)) throw new Error("the invented report was skipped");
  const base = result.doc;
  const events = base.events.map((draft, i) => toEventRecord(base, draft, i));
  const words = base.text.split(/\s+/);
  return Array.from({ length: count }, (_, n) => {
    const id = `bench-${n}`;
    const text = shuffle(words, n + 1).join(" ");
    const doc = { ...base, id, text, meta: { ...base.meta, origin: `${id}.txt` } };
    return { doc, events: events.map((e) => ({ ...e, event_id: `${id}-${e.event_id}` })) };
  });
}

function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function rawRows({ doc, events }: Copy) {
  const fingerprint = fingerprintText(doc.text);
  const claims = toClaimRecords(doc);
  return {
    document: [
      doc.id,
      doc.meta.origin,
      doc.meta.title ?? null,
      doc.meta.published ?? null,
      doc.text,
      doc.text.length,
      new Date().toISOString(),
    ],
    fingerprint: [doc.id, encodeSignature(fingerprint.signature)],
    buckets: fingerprint.buckets.map((bucket, band) => [doc.id, band, bucket]),
    // One row per layer (migration 013), its spans encoded as the store writes them (span-layer-json.ts).
    spanLayers: Object.entries(doc.layers).flatMap(([layer, list]) =>
      list?.length
        ? [
            [
              doc.id,
              layer,
              encodeSpanLayer(list.map(({ start, end, label, by, data }) => ({ start, end, label, by, data }))),
            ],
          ]
        : [],
    ),
    events: events.map((e) => Object.values(eventRow(e))),
    sources: events.map((e) => [e.event_id, doc.id]),
    claims: claims.map((c) => [c.claim_id, doc.id, c.kind, JSON.stringify(c)]),
    relations: relationRows(doc.id, events, claims).map((r) => [r.from_id, r.to_id, r.relation, r.document_id]),
  };
}

/** Prepared inserts of every row the store writes for a document, one transaction per document. */
export function prepareRawSave(sqlite: Database.Database, eventColumns: string[]): (rows: RawRows) => void {
  const insert = {
    document: sqlite.prepare(
      "insert into documents (document_id, origin, status, title, published, text, text_length, ingested_at) values (?, ?, 'ok', ?, ?, ?, ?, ?)",
    ),
    fingerprint: sqlite.prepare("insert into fingerprints (document_id, signature) values (?, ?)"),
    bucket: sqlite.prepare("insert into fingerprint_buckets (document_id, band, bucket) values (?, ?, ?)"),
    spanLayer: sqlite.prepare("insert into span_layers (document_id, layer, spans) values (?, ?, ?)"),
    // Every column the store writes: the list columns feed the workbench's indexes and search index (migration 007).
    event: sqlite.prepare(
      `insert into events (${eventColumns.join(", ")}) values (${eventColumns.map(() => "?").join(", ")})`,
    ),
    source: sqlite.prepare("insert into event_sources (event_id, document_id) values (?, ?)"),
    claim: sqlite.prepare("insert into claims (claim_id, document_id, kind, record) values (?, ?, ?, ?)"),
    relation: sqlite.prepare(
      "insert or ignore into event_relations (from_id, to_id, relation, document_id) values (?, ?, ?, ?)",
    ),
  };
  return sqlite.transaction((r: RawRows) => {
    insert.document.run(...r.document);
    if (r.fingerprint.length > 0) insert.fingerprint.run(...r.fingerprint);
    for (const b of r.buckets) insert.bucket.run(...b);
    for (const s of r.spanLayers) insert.spanLayer.run(...s);
    for (const e of r.events) insert.event.run(...e);
    for (const e of r.sources) insert.source.run(...e);
    for (const c of r.claims) insert.claim.run(...c);
    for (const l of r.relations) insert.relation.run(...l);
  });
}

/** What the store runs before each commit (migration 019, search-queue.ts): the queued events into the search index. */
export function prepareIndexQueue(sqlite: Database.Database): () => void {
  const [state, unindex, index, clear] = [QUEUE_STATE, UNINDEX, INDEX, CLEAR].map((s) => sqlite.prepare(s));
  return () => {
    const { indexed } = state!.get() as { indexed: number | null };
    if (indexed == null) return;
    if (indexed) unindex!.run();
    index!.run();
    clear!.run();
  };
}

export function cpuSeconds(started: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
