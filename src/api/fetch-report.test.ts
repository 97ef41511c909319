// POST /api/documents with only a URL: the server fetches the page through the ingest fetcher. A local test
// server stands in for the web; the fetcher refuses loopback unless the app's fetchPolicy allows it.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { createExtractPool } from "../extract/extract-pool.js";
import { openSqliteStore } from "../store/sqlite.js";
import type { Store } from "../store/store.js";
import { createApp } from "./app.js";

const page = readFileSync(join(import.meta.dirname, "fixtures", "fetched-report.html"), "utf8");
const undated = page.replace(/<meta property="article:published_time"[^>]*>/, "");
const PAGES: Record<string, string> = { "/dated": page, "/undated": undated };

const server = createServer((req, res) => {
  const body = PAGES[req.url ?? ""];
  res.writeHead(body ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
  res.end(body ?? "not found");
});
const auth = { "Content-Type": "application/json", Authorization: "Bearer t" };
const limits = { perMinute: 1000, burst: 1000, maxClients: 10 };
const pool = createExtractPool({ timeoutMs: 120_000 });

describe("POST /api/documents with a URL", () => {
  let base: string;
  let store: Store;
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    store = await openSqliteStore(":memory:");
  });
  after(async () => {
    server.close();
    await store.close();
    await pool.close();
  });
  const allowed = () =>
    createApp({ store, token: "t", pool, writeRateLimit: limits, fetchPolicy: { allowedAddresses: ["127.0.0.1"] } });
  const post = (app: ReturnType<typeof createApp>, path: string, body: unknown) =>
    app.request(path, { method: "POST", headers: auth, body: JSON.stringify(body) });

  it("refuses a loopback address unless the server allows it, and stores nothing", async () => {
    const response = await post(createApp({ store, token: "t", pool, writeRateLimit: limits }), "/api/documents", {
      url: `${base}/dated`,
    });
    assert.equal(response.status, 422);
    const { error } = await response.json();
    assert.equal(error.code, "fetch-failed");
    assert.match(error.message, /loopback.*--allow-private/);
    assert.equal((await store.listDocuments()).length, 0);
  });

  it("fetches the page, reads its date from it and stores its events", async () => {
    const response = await post(allowed(), "/api/documents", { url: `${base}/dated` });
    assert.equal(response.status, 200);
    const data = await response.json();
    assert.equal(data.outcome, "stored");
    assert.equal(data.document.url, `${base}/dated`);
    assert.equal(data.document.published.slice(0, 10), "2022-09-14");
    assert.ok(data.events.length > 0, "the checkpoint attack is an event");
    assert.ok(
      data.events.some((e: { event_date: string }) => e.event_date === "2022-09-13"),
      "Tuesday, from the page's date",
    );
  });

  it("asks for the date when the page gives none, and takes it when given", async () => {
    // A store of its own: the undated page's text is the dated one's, which would be a duplicate here.
    const empty = await openSqliteStore(":memory:");
    try {
      const app = createApp({
        store: empty,
        token: "t",
        pool,
        writeRateLimit: limits,
        fetchPolicy: { allowedAddresses: ["127.0.0.1"] },
      });
      const refused = await post(app, "/api/documents", { url: `${base}/undated` });
      assert.equal(refused.status, 422);
      assert.equal((await refused.json()).error.code, "no-published-date");
      assert.equal((await empty.listDocuments()).length, 0, "nothing stored");
      const given = await post(app, "/api/documents", { url: `${base}/undated`, published: "2022-09-15" });
      assert.equal(given.status, 200);
      assert.equal((await given.json()).document.published.slice(0, 10), "2022-09-15");
    } finally {
      await empty.close();
    }
  });

  it("a page the server cannot get is a 422 with the reason", async () => {
    const response = await post(allowed(), "/api/documents", { url: `${base}/missing`, published: "2022-09-15" });
    assert.equal(response.status, 422);
    assert.match((await response.json()).error.message, /404/);
  });

  it("the open extract route does not fetch pages", async () => {
    const response = await post(allowed(), "/api/extract", { url: `${base}/dated` });
    assert.equal(response.status, 400);
  });
});
