// The server stays up while it extracts: requests run in the worker pool, so a light request answers at once
// while a big document is processed, and a document over a budget is an error code, not a frozen server.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type ServerType, serve } from "@hono/node-server";
import { createExtractPool } from "../extract/extract-pool.js";
import { openSqliteStore } from "../store/sqlite.js";
import { readInventedReport } from "../testing/fixtures.js";
import { createApp } from "./app.js";

const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-api-budget-")), "api.db"));
// A short budget, so the slow document below runs out of time in seconds, not half a minute.
const pool = createExtractPool({ size: 1, timeoutMs: 1000 });
let server: ServerType;
let base = "";

before(async () => {
  server = serve({ fetch: createApp({ store, token: "t", pool }).fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Start and warm the worker (seconds of lexicon loading, a slow first document) before anything is timed.
  const cleaned = await pool.clean({ origin: "warm-up", kind: "text", content: readInventedReport(), meta: {} });
  assert.ok("doc" in cleaned && "doc" in (await pool.annotate(cleaned.doc, 120_000)));
});
after(async () => {
  server.close();
  await pool.close();
  await store.close();
});

const extract = (body: unknown) =>
  fetch(`${base}/api/extract`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

/** Times GET /api/health every 200 ms until `done` settles; returns each answer's latency in ms. */
async function pingWhile(done: Promise<unknown>): Promise<number[]> {
  let settled = false;
  void done.finally(() => (settled = true));
  const latencies: number[] = [];
  while (!settled) {
    const started = Date.now();
    assert.equal((await fetch(`${base}/api/health`)).status, 200);
    latencies.push(Date.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return latencies;
}

/**
 * A server that blocked on the document would answer one health request after about the whole processing time;
 * one that stays up answers each in a small share of it. A ratio in the same run, not a fixed number of
 * milliseconds, because a loaded two-core machine slows every answer (a 1 s limit flaked at load 30). A
 * second is still allowed when the whole exchange is quick, where half of it would be a few milliseconds.
 */
function assertNeverBlocked(latencies: number[], elapsedMs: number) {
  assert.ok(Math.max(...latencies) < Math.max(elapsedMs / 2, 1000), `${JSON.stringify(latencies)} in ${elapsedMs} ms`);
}

describe("api: budgets keep the server answering", () => {
  it("answers a 2 MB report with 413 at once, and health meanwhile without waiting on it", async () => {
    const started = Date.now();
    const response = extract({
      text: readInventedReport()
        .repeat(1100)
        .slice(0, 2 * 1024 * 1024),
    });
    const latencies = await pingWhile(response);
    const answered = await response;
    assert.equal(answered.status, 413);
    assert.match((await answered.json()).error.code, /too-large/);
    assert.ok(Date.now() - started < 30_000);
    assertNeverBlocked(latencies, Date.now() - started);
  });

  it("answers a document that runs out of its time budget with 503, and health meanwhile without waiting on it", async () => {
    const started = Date.now();
    // ~190 KB of text (under the length cap): annotating it takes seconds, over the 1 s budget given above.
    const response = extract({ text: Array(92).fill(readInventedReport()).join("\n\n") });
    const latencies = await pingWhile(response);
    const answered = await response;
    assert.equal(answered.status, 503);
    assert.match((await answered.json()).error.code, /timeout/);
    assert.ok(Date.now() - started < 30_000, `${Date.now() - started} ms`);
    assert.ok(latencies.length >= 3, "health was asked while the document was processed");
    assertNeverBlocked(latencies, Date.now() - started);
  });
});
