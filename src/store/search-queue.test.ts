// The search index is written at each commit (migration 019, search-queue.ts), not at each document: a batch's
// events are found once the batch commits and not before, a document that fails inside a batch leaves nothing in
// the index, and events replaced, shared or reviewed inside a batch or alone are found by what they say now.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import Database from "better-sqlite3";
import type { EventRecord } from "../records/event-record.js";
import { makeDocFor, makeEventRecord } from "../testing/make-event-record.js";
import { STORE_BACKENDS } from "../testing/store-backends.js";
import { parseEventQuery } from "./event-filter.js";
import { openStore } from "./open-store.js";
import type { Store } from "./store.js";

const sqlite = STORE_BACKENDS.find((b) => b.name === "sqlite")!;

const eventsOf = (documentId: string, ...notes: string[]): EventRecord[] =>
  notes.map((note, i) => makeEventRecord(documentId, i + 1, { notes: note }));

describe("the search index, written at each commit", () => {
  let path: string;
  let store: Store;
  before(async () => {
    path = await sqlite.newLocation();
    store = await openStore(path);
  });
  after(async () => {
    await store.close();
    await sqlite.cleanUp();
  });

  const found = async (q: string) =>
    (await store.queryEvents(parseEventQuery({ q, sort: "event_date" }))).items.map((e) => e.event_id).sort();
  /** What another connection finds: only what is committed. */
  const foundByOthers = (word: string) => {
    const reader = new Database(path, { readonly: true });
    try {
      const rows = reader
        .prepare(
          "select events.event_id from events_fts join events on events.rowid = events_fts.rowid where events_fts match ?",
        )
        .all(`"${word}"`) as { event_id: string }[];
      return rows.map((r) => r.event_id).sort();
    } finally {
      reader.close();
    }
  };
  const save = async (documentId: string, events: EventRecord[]) =>
    store.saveDocument(makeDocFor(documentId, events), events);
  /** The index holds exactly the events, and FTS5 finds it consistent. */
  const assertIndexWhole = (db: Database.Database) => {
    const count = (table: string) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    assert.equal(count("events_fts_docsize"), count("events"), "one index entry per event");
    assert.equal(count("events_fts_queue"), 0, "nothing left queued after a commit");
    db.exec("insert into events_fts (events_fts) values ('integrity-check')");
  };

  it("finds a batch's events once the batch commits, and a failed document's never", async () => {
    const batch = store.writeBatch!;
    // A document whose sources cannot be written fails after its events are inserted (and queued).
    const setup = new Database(path);
    setup.exec(
      "create trigger test_fault before insert on event_sources when new.document_id = 'broken' begin select raise(abort, 'test fault'); end",
    );
    setup.close();
    await batch.begin();
    await save(
      "first",
      eventsOf("first", "Rebels ambushed a convoy near the quarry.", "Shelling hit the quarry road."),
    );
    await assert.rejects(save("broken", eventsOf("broken", "Looters emptied the quarry depot.")), /test fault/);
    await save("second", eventsOf("second", "A drone struck a depot by the quarry."));
    assert.deepEqual(foundByOthers("quarry"), [], "nothing is searchable before the commit");
    await batch.commit();
    assert.deepEqual(foundByOthers("quarry"), ["first-1", "first-2", "second-1"]);
    assert.deepEqual(await found("quarry"), ["first-1", "first-2", "second-1"]);
    assert.deepEqual(await found("looters"), []);
    const check = new Database(path);
    check.exec("drop trigger test_fault");
    assertIndexWhole(check);
    check.close();
  });

  it("finds a document replaced twice in one batch by its last words only", async () => {
    const batch = store.writeBatch!;
    await batch.begin();
    await save("moved", eventsOf("moved", "Militia fighters raided the granary."));
    const replace = (note: string) => {
      const events = eventsOf("moved", note);
      return store.replaceExtraction(makeDocFor("moved", events), events);
    };
    assert.equal(await replace("Militia fighters raided the orchard."), true);
    assert.equal(await replace("Militia fighters raided the ferry landing."), true);
    await batch.commit();
    assert.deepEqual(await found("granary"), []);
    assert.deepEqual(await found("orchard"), []);
    assert.deepEqual(await found("ferry landing"), ["moved-1"]);
    // Replaced again alone, outside a batch: the index follows at that commit.
    assert.equal(await replace("Militia fighters raided the sawmill."), true);
    assert.deepEqual(await found("ferry"), []);
    assert.deepEqual(await found("sawmill"), ["moved-1"]);
    const check = new Database(path);
    assertIndexWhole(check);
    check.close();
  });

  it("finds a reviewed event by its new place, and a batch rolled back leaves the index as it was", async () => {
    await save("edited", eventsOf("edited", "Gunmen attacked a checkpoint."));
    await store.reviewEvent("edited-1", { action: "edit", fields: { location: "Tessalit" }, reviewer: "ana" });
    assert.deepEqual(await found("tessalit"), ["edited-1"]);
    const batch = store.writeBatch!;
    await batch.begin();
    await save("dropped", eventsOf("dropped", "Bandits burned the lumber yard."));
    await batch.rollback();
    assert.deepEqual(await found("lumber"), []);
    await save("after", eventsOf("after", "Bandits burned the lumber yard again."));
    assert.deepEqual(await found("lumber"), ["after-1"]);
    const check = new Database(path);
    assertIndexWhole(check);
    check.close();
  });
});
