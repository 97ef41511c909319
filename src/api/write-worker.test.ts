// POST /api/documents through the write worker, as `sitrep serve` runs it: the worker stores on its own connection
// while the server's thread keeps reading. Slow and failing writes are made with the worker's test hooks (a flag in
// shared memory), not with timing.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { STORE_BACKENDS, type StoreBackend } from "../testing/store-backends.js";
import { createApp } from "./app.js";
import { startWriteWorker } from "./start-write-worker.js";
import { TEST_HOOK } from "./write-messages.js";

const LIMITS = { perMinute: 10_000, burst: 10_000, maxClients: 100 };
const POOL = { size: 1, timeoutMs: 120_000 };

/** A new store (a file, or a PostgreSQL database of `backend`), read here and written by a worker of its own with
 * test hooks. */
async function startServer(maxQueued = 10, backend?: StoreBackend) {
  const path = backend
    ? await backend.newLocation()
    : join(mkdtempSync(join(tmpdir(), "sitrep-write-worker-")), "w.db");
  const store = await openStore(path);
  const hooks = new Int32Array(new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT));
  const writer = startWriteWorker(path, { hooks, pool: POOL, maxQueued });
  const app = createApp({ store, token: "t", writer, writeRateLimit: LIMITS });
  const post = (body: unknown, token = "t") =>
    app.request("/api/documents", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
  return { store, hooks, writer, app, post };
}

function inventReport(i: number) {
  const towns = ["Kandahar", "Mosul", "Goma", "Maiduguri", "Timbuktu", "Kirkuk", "Beni", "Gao"];
  return {
    text:
      `Gunmen attacked a police post in ${towns[i % 8]} on Sunday, killing ${i + 3} officers, the governor said. ` +
      `Troops later arrested ${i + 1} suspects near the post, a military spokesman said in a statement.`,
    published: "2024-03-12",
    origin: `invented-${i}`,
  };
}

/** Resolves once the worker is held at `hook` (it sets `reached`): a flag, so no guess at how long a write takes. */
async function reached(hooks: Int32Array, hook: number): Promise<void> {
  while (Atomics.load(hooks, TEST_HOOK.reached) !== hook + 1) await new Promise((r) => setTimeout(r, 20));
}

function release(hooks: Int32Array, hook: number): void {
  Atomics.store(hooks, hook, 0);
  Atomics.notify(hooks, hook);
}

async function countRows(store: Store) {
  return {
    documents: (await store.listDocuments()).length,
    events: (await store.listEvents({})).length,
    incidents: (await store.listIncidents()).length,
  };
}

// On both backends: on PostgreSQL the worker holds the report and its merge in one transaction as on SQLite.
for (const backend of STORE_BACKENDS)
  describe(`api: the write worker (${backend.name})`, { timeout: 300_000, skip: backend.skip }, () => {
    const server = backend.skip ? undefined! : startServer(10, backend);
    after(async () => {
      const { writer, store } = await server;
      await writer.close();
      await store.close();
      await backend.cleanUp();
    });

    it("stores a posted report on its own connection, readable from the server's; a re-post stores nothing new", async () => {
      const { post, app, store } = await server;
      assert.equal((await post(inventReport(0), "wrong")).status, 401, "writing still needs the token");
      const response = await post(inventReport(0));
      assert.equal(response.status, 200);
      const stored = await response.json();
      assert.equal(stored.outcome, "stored");
      assert.ok(stored.events.length >= 1);
      const read = await (await app.request(`/api/documents/${stored.document.document_id}`)).json();
      assert.equal(read.document.origin, "invented-0");
      assert.deepEqual(
        read.events.map((e: { event_id: string }) => e.event_id).sort(),
        stored.events.map((e: { event_id: string }) => e.event_id).sort(),
      );
      // Merged in the same write: every event in an incident.
      const incidents: { event_ids: string[] }[] = (await (await app.request("/api/incidents")).json()).items;
      assert.equal(incidents.flatMap((i) => i.event_ids).length, stored.events.length);
      const before = await countRows(store);
      const again = await (await post(inventReport(0))).json();
      assert.deepEqual([again.outcome, again.document.document_id], ["duplicate", stored.document.document_id]);
      assert.deepEqual(await countRows(store), before);
    });

    it("answers reads while a write is held inside its transaction, and shows the report only once committed", async () => {
      const { post, app, store, hooks } = await server;
      const before = await countRows(store);
      Atomics.store(hooks, TEST_HOOK.holdBeforeMerge, 1);
      const writing = post(inventReport(1));
      await reached(hooks, TEST_HOOK.holdBeforeMerge);
      // The worker's thread is blocked now, holding the write lock: were the write on the server's thread, nothing
      // below would answer until the hook is released.
      const events = await app.request("/api/events?limit=5");
      assert.equal(events.status, 200);
      assert.equal((await events.json()).items.length, Math.min(5, before.events));
      assert.deepEqual(await countRows(store), before, "the report's uncommitted rows are not seen");
      release(hooks, TEST_HOOK.holdBeforeMerge);
      const stored = await (await writing).json();
      assert.equal(stored.outcome, "stored");
      assert.equal((await countRows(store)).documents, before.documents + 1);
    });

    it("a write that fails answers 500 and leaves the store as it was; the same report posted again is stored", async () => {
      const { post, store, hooks } = await server;
      const before = await countRows(store);
      Atomics.store(hooks, TEST_HOOK.failMerge, 1);
      const failed = await post(inventReport(2));
      Atomics.store(hooks, TEST_HOOK.failMerge, 0);
      assert.equal(failed.status, 500);
      const body = await failed.json();
      assert.equal(body.error.code, "write-failed");
      assert.doesNotMatch(body.error.message, /test hook/, "the cause goes to the log, not to the client");
      assert.deepEqual(await countRows(store), before, "no document, event, incident or skipped row was kept");
      const again = await post(inventReport(2));
      assert.equal((await again.json()).outcome, "stored");
    });
  });

describe("api: the write worker's queue and shutdown", { timeout: 300_000 }, () => {
  it("drops a write still extracting at once: 503, nothing stored", async () => {
    const { post, store, hooks, writer } = await startServer();
    Atomics.store(hooks, TEST_HOOK.holdBeforeAnnotate, 1);
    const writing = post(inventReport(3));
    await reached(hooks, TEST_HOOK.holdBeforeAnnotate);
    await writer.close(); // the hook is never released: close must not wait for it
    const answer = await writing;
    assert.equal(answer.status, 503);
    assert.equal((await answer.json()).error.code, "stopping");
    assert.equal((await store.listDocuments()).length, 0);
    assert.equal((await post(inventReport(4))).status, 503, "a closed writer refuses new writes");
    await store.close();
  });

  it("refuses a post past the queue's length with 503 busy, and stores the ones it took", async () => {
    const { post, store, hooks, writer } = await startServer(1);
    Atomics.store(hooks, TEST_HOOK.holdBeforeMerge, 1);
    const first = post(inventReport(6));
    await reached(hooks, TEST_HOOK.holdBeforeMerge);
    // The queue holds one: of two more posts, one waits its turn and the other is refused, whichever comes first.
    const [second, third] = [post(inventReport(7)), post(inventReport(8))];
    const refused = await Promise.race([second, third]);
    assert.equal(refused.status, 503);
    assert.equal((await refused.json()).error.code, "busy");
    release(hooks, TEST_HOOK.holdBeforeMerge);
    const waited = (await second) === refused ? await third : await second;
    assert.deepEqual([(await (await first).json()).outcome, (await waited.json()).outcome], ["stored", "stored"]);
    assert.equal((await store.listDocuments()).length, 2);
    await writer.close();
    await store.close();
  });

  it("lets a write that is storing finish before it stops", async () => {
    const { post, store, hooks, writer } = await startServer();
    Atomics.store(hooks, TEST_HOOK.holdBeforeMerge, 1);
    const writing = post(inventReport(5));
    await reached(hooks, TEST_HOOK.holdBeforeMerge);
    const closing = writer.close();
    release(hooks, TEST_HOOK.holdBeforeMerge);
    const stored = await (await writing).json();
    await closing;
    assert.equal(stored.outcome, "stored");
    const rows = await countRows(store);
    assert.deepEqual([rows.documents, rows.events > 0, rows.incidents > 0], [1, true, true]);
    await store.close();
  });
});
