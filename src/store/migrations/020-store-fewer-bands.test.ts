// Migration 020 and the span layers' version 3: a store written before them (rows as a 019 store holds them: 32
// near-duplicate bands, span layers as version 2 rows and as 001's array of objects) is opened, migrated and read back
// through the store: the same document, spans, events with their evidence, claims and near-duplicates. Going back
// down to 019 rebuilds the dropped bands from the signatures, key for key.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import Database from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Span } from "../../doc.js";
import { makeEventRecord } from "../../testing/make-event-record.js";
import { STORE_BACKENDS } from "../../testing/store-backends.js";
import { bandBucket, encodeSignature, fingerprintText } from "../fingerprint.js";
import { openStore } from "../open-store.js";
import { eventRow } from "../shared-events.js";
import type { Store } from "../store.js";
import { migrateUpTo } from "./index.js";

function connect(backend: "sqlite" | "postgres", location: string): Kysely<unknown> {
  if (backend === "sqlite") return new Kysely({ dialect: new SqliteDialect({ database: new Database(location) }) });
  return new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: location, max: 1 }) }) });
}

const TEXT = [
  "Gunmen attacked a police post in the market town of Kalo on Sunday, killing three officers, a local official said.",
  "The attackers arrived on motorbikes before dawn and set fire to two vehicles, witnesses told reporters.",
  "No group has claimed the attack, the second on the post this year; the army said troops were sent to the town.",
].join(" ");

/** The same report as another outlet ran it: a masthead on top, one sentence reworded. */
const COPY = `Regional Wire | Syndicated\n\n${TEXT.replace("witnesses told reporters", "witnesses said")}`;

const TOKENS: Span[] = [
  { start: 0, end: 6, label: "NOUN", by: "syntax/perceptron", data: { upos: "NOUN", head: 1, deprel: "nsubj" } },
  { start: 7, end: 15, label: "VERB", by: "syntax/perceptron", data: { upos: "VERB", head: null, deprel: "root" } },
];
const ENTITIES: Span[] = [
  { start: 52, end: 56, label: "LOC", by: "entities/names", data: { name: "Kalo" } },
  { start: 0, end: 6, label: "ACTOR", by: "entities/actor-lexicon" },
];
const SENTENCES: Span[] = [{ start: 0, end: 115, label: "SENTENCE", by: "sentences/intl-segmenter" }];

/** Version 2 as span-layer-json.ts wrote it before version 3: a row of values a span. */
const V2_LAYERS = {
  tokens: `{"v":2,"by":"syntax/perceptron","keys":["upos","head","deprel"],"rows":[[0,6,"NOUN","NOUN",1,"nsubj"],[7,15,"VERB","VERB",null,"root"]]}`,
  entities: `{"v":2,"by":null,"keys":null,"rows":[[52,56,"LOC","entities/names",{"name":"Kalo"}],[0,6,"ACTOR","entities/actor-lexicon"]]}`,
  // 013 carried 001's rows forward as an array of span objects.
  sentences: JSON.stringify(SENTENCES),
};

const EVENTS = [
  makeEventRecord("doc-old", 1, {
    event_type: "Violence against civilians",
    fatalities_best: 3,
    evidence: {
      event_type: [{ document_id: "doc-old", start: 7, end: 15, text: TEXT.slice(7, 15) }],
      location: [{ document_id: "doc-old", start: 52, end: 56, text: TEXT.slice(52, 56) }],
    },
  }),
  makeEventRecord("doc-old", 2, { actor1: "Military Forces of Testland", event_date: "2024-03-03" }),
];
const CLAIM = { claim_id: "doc-old-claim-1", kind: "tally", document_id: "doc-old", text: "three officers" };

/** The 32 bands of 4 minima each a 019 store kept. */
function bucketsBefore(text: string): { document_id: string; band: number; bucket: string }[] {
  const { signature } = fingerprintText(text);
  return Array.from({ length: 32 }, (_, band) => ({
    document_id: "doc-old",
    band,
    bucket: bandBucket(signature, band),
  }));
}

async function writeStoreAt019(old: Kysely<unknown>): Promise<void> {
  const into = (table: string, values: unknown) =>
    old
      .insertInto(table as never)
      .values(values as never)
      .execute();
  await into("documents", {
    document_id: "doc-old",
    origin: "old.txt",
    status: "ok",
    text: TEXT,
    text_length: TEXT.length,
    ingested_at: "2024-03-04T00:00:00Z",
    published: "2024-03-04",
  });
  await into("fingerprints", { document_id: "doc-old", signature: encodeSignature(fingerprintText(TEXT).signature) });
  await into("fingerprint_buckets", bucketsBefore(TEXT));
  await into(
    "span_layers",
    Object.entries(V2_LAYERS).map(([layer, spans]) => ({ document_id: "doc-old", layer, spans })),
  );
  await into("events", EVENTS.map(eventRow));
  await into(
    "event_sources",
    EVENTS.map((e) => ({ event_id: e.event_id, document_id: "doc-old" })),
  );
  await into("claims", {
    claim_id: CLAIM.claim_id,
    document_id: "doc-old",
    kind: CLAIM.kind,
    record: JSON.stringify(CLAIM),
  });
}

const storedBuckets = async (db: Kysely<unknown>) =>
  (
    await (db as Kysely<{ fingerprint_buckets: { document_id: string; band: number; bucket: string } }>)
      .selectFrom("fingerprint_buckets")
      .selectAll()
      .where("document_id", "=", "doc-old")
      .orderBy("band")
      .execute()
  ).map((r) => ({ ...r, band: Number(r.band) }));

for (const backend of STORE_BACKENDS)
  describe(`migration 020 carries a store forward on ${backend.name}`, { skip: backend.skip }, () => {
    let location: string;
    let store: Store;
    before(async () => {
      location = await backend.newLocation();
      const old = connect(backend.name, location);
      await migrateUpTo(old, backend.name, "019-search-at-commit");
      await writeStoreAt019(old);
      await old.destroy();
      store = await openStore(location);
    });
    after(async () => {
      await store.close();
      await backend.cleanUp();
    });

    it("keeps the first 16 bands of each document, their keys unchanged", async () => {
      const db = connect(backend.name, location);
      try {
        assert.deepEqual(await storedBuckets(db), bucketsBefore(TEXT).slice(0, 16));
      } finally {
        await db.destroy();
      }
    });

    it("reads back the document, its spans in both older forms, its events with their evidence and its claims", async () => {
      const stored = await store.getDocument("doc-old");
      assert.equal(stored?.text, TEXT);
      assert.deepEqual(stored?.layers, {
        tokens: TOKENS,
        entities: [ENTITIES[1], ENTITIES[0]],
        sentences: SENTENCES,
      });
      const events = await store.listEvents({ documentId: "doc-old" });
      assert.deepEqual(
        events,
        [...EVENTS].sort((a, b) => a.event_id.localeCompare(b.event_id)),
      );
      const evidence = events[0]!.evidence.location![0]!;
      assert.equal(TEXT.slice(evidence.start, evidence.end), evidence.text);
      assert.deepEqual(await store.listClaims({ documentId: "doc-old" }), [CLAIM]);
    });

    it("still finds the stored report and an edited copy of it as near-duplicates", async () => {
      assert.equal(await store.findNearDuplicate(TEXT), "doc-old");
      assert.equal(await store.findNearDuplicate(COPY), "doc-old");
      assert.equal(await store.findNearDuplicate(TEXT.split(", ")[0]!), null, "its first clause alone is not a copy");
    });

    it("going back down to 019 rebuilds the other 16 bands from the stored signature", async () => {
      await store.close();
      const db = connect(backend.name, location);
      try {
        await migrateUpTo(db, backend.name, "019-search-at-commit");
        assert.deepEqual(await storedBuckets(db), bucketsBefore(TEXT));
      } finally {
        await db.destroy();
      }
      store = await openStore(location);
      assert.equal(await store.findNearDuplicate(COPY), "doc-old");
    });
  });
