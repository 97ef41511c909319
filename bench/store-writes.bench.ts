// Store writes: what ingest asks of the store per document (findNearDuplicate, then saveDocument) against a
// raw baseline, better-sqlite3 prepared inserts of the very same rows (fingerprint and JSON made beforehand,
// one transaction per document), in the same process, interleaved rounds into fresh files; the median round
// is reported as events per CPU-second (user + system). The document is the invented report through the
// real pipeline (about 140 spans, 10 events, claims); each copy gets new ids and its words shuffled, so no
// copy is a near-duplicate of another (the near-duplicate lookup then finds no candidates, as for new news).
// Run on demand: `npx tsx bench/store-writes.bench.ts [--docs 2000] [--rounds 3]`. Not part of the tests.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Doc } from "../src/doc.js";
import { processText } from "../src/process.js";
import { toClaimRecords } from "../src/records/claim-record.js";
import { type EventRecord, toEventRecord } from "../src/records/event-record.js";
import { relationRows } from "../src/store/claims-relations.js";
import { encodeSignature, fingerprintText } from "../src/store/fingerprint.js";
import { eventRow } from "../src/store/shared-events.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import { readInventedReport } from "../src/testing/fixtures.js";

const arg = (name: string, fallback: number) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;
const docCount = arg("--docs", 2000);
const rounds = arg("--rounds", 3);

type Copy = { doc: Doc; events: EventRecord[] };

function makeCopies(): Copy[] {
  const result = processText(readInventedReport(), { origin: "invented", published: "2024-05-06" });
  if (!("doc" in result)) throw new Error("the invented report was skipped");
  const base = result.doc;
  const events = base.events.map((draft, i) => toEventRecord(base, draft, i));
  const words = base.text.split(/\s+/);
  return Array.from({ length: docCount }, (_, n) => {
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

async function timeStore(copies: Copy[]): Promise<number> {
  const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-bench-")), "store.db"));
  const started = process.cpuUsage();
  for (const { doc, events } of copies) {
    if (await store.findNearDuplicate(doc.text)) throw new Error(`${doc.id} found as a near-duplicate`);
    if ((await store.saveDocument(doc, events)) !== "stored") throw new Error(`${doc.id} not stored`);
  }
  const cpu = cpuSeconds(started);
  await store.close();
  return cpu;
}

/** The same rows as saveDocument writes, prepared once, in one transaction per document. */
async function timeRaw(copies: Copy[]): Promise<number> {
  const path = join(mkdtempSync(join(tmpdir(), "sitrep-bench-")), "raw.db");
  (await openSqliteStore(path)).close(); // the same schema, made by the migrations
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  const eventColumns = Object.keys(eventRow(copies[0].events[0]));
  const insert = {
    document: sqlite.prepare(
      "insert into documents (document_id, origin, status, title, published, text, text_length, ingested_at) values (?, ?, 'ok', ?, ?, ?, ?, ?)",
    ),
    fingerprint: sqlite.prepare("insert into fingerprints (document_id, signature) values (?, ?)"),
    bucket: sqlite.prepare("insert into fingerprint_buckets (document_id, band, bucket) values (?, ?, ?)"),
    span: sqlite.prepare(
      'insert into spans (document_id, layer, start, "end", label, "by", data) values (?, ?, ?, ?, ?, ?, ?)',
    ),
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
  const rows = copies.map(rawRows);
  const saveOne = sqlite.transaction((r: ReturnType<typeof rawRows>) => {
    insert.document.run(...r.document);
    insert.fingerprint.run(...r.fingerprint);
    for (const b of r.buckets) insert.bucket.run(...b);
    for (const s of r.spans) insert.span.run(...s);
    for (const e of r.events) insert.event.run(...e);
    for (const e of r.sources) insert.source.run(...e);
    for (const c of r.claims) insert.claim.run(...c);
    for (const l of r.relations) insert.relation.run(...l);
  });
  const started = process.cpuUsage();
  for (const r of rows) saveOne(r);
  const cpu = cpuSeconds(started);
  sqlite.close();
  return cpu;
}

function rawRows({ doc, events }: Copy) {
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
    spans: Object.entries(doc.layers).flatMap(([layer, list]) =>
      (list ?? []).map((s) => [doc.id, layer, s.start, s.end, s.label, s.by, s.data ? JSON.stringify(s.data) : null]),
    ),
    events: events.map((e) => Object.values(eventRow(e))),
    sources: events.map((e) => [e.event_id, doc.id]),
    claims: claims.map((c) => [c.claim_id, doc.id, c.kind, JSON.stringify(c)]),
    relations: relationRows(doc.id, events, claims).map((r) => [r.from_id, r.to_id, r.relation, r.document_id]),
  };
}

function cpuSeconds(started: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const copies = makeCopies();
const eventCount = copies.reduce((n, c) => n + c.events.length, 0);
const spans = Object.values(copies[0].doc.layers).reduce((n, l) => n + (l?.length ?? 0), 0);
console.log(`${docCount} documents, ${eventCount} events, ${spans} spans a document`);
await timeStore(copies.slice(0, 200)); // warm-up: JIT, the lazily loaded modules
const store: number[] = [];
const raw: number[] = [];
for (let round = 0; round < rounds; round++) {
  raw.push(await timeRaw(copies));
  store.push(await timeStore(copies));
  console.log(
    `round ${round + 1}: store ${(eventCount / store.at(-1)!).toFixed(0)} events/CPU-s, raw ${(eventCount / raw.at(-1)!).toFixed(0)} events/CPU-s`,
  );
}
const [s, r] = [eventCount / median(store), eventCount / median(raw)];
console.log(
  `median: store ${s.toFixed(0)} events/CPU-s (${((median(store) / docCount) * 1000).toFixed(2)} ms/document), raw ${r.toFixed(0)} events/CPU-s, ratio raw/store ${(r / s).toFixed(2)}`,
);
