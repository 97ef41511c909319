import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { type AddressInfo, connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { openSqliteStore } from "../store/sqlite.js";
import { spawnCli } from "../testing/run-cli.js";

const TOKEN = "serve-test-token";

/** Starts `sitrep serve` on a free port and resolves with its base URL once it listens. */
async function startServer(db: string) {
  const server = spawnCli(["serve", "--port", "0", "--db", db], { env: { SITREP_TOKEN: TOKEN } });
  const url = await new Promise<string>((resolve, reject) => {
    let seen = "";
    server.child.stderr!.on("data", (chunk: string) => {
      seen += chunk;
      const found = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(seen);
      if (found) resolve(found[1]);
    });
    void server.done.then((r) => reject(new Error(`serve exited ${r.status} before listening: ${r.stderr}`)));
  });
  return { ...server, url };
}

function inventReport(i: number): string {
  const towns = ["Kandahar", "Mosul", "Goma", "Maiduguri", "Timbuktu", "Kirkuk", "Beni", "Gao"];
  return (
    `Gunmen attacked a police post in ${towns[i % 8]} on Sunday, killing ${i + 3} officers, the governor said. ` +
    `Troops later arrested ${i + 1} suspects near the post, a military spokesman said in a statement.`
  );
}

describe("cli: serve", () => {
  it("SIGTERM and SIGINT stop the server within seconds, exit 0", { timeout: 120_000 }, async () => {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      const db = join(mkdtempSync(join(tmpdir(), "sitrep-serve-")), "s.db");
      const server = await startServer(db);
      // A keep-alive connection left open, and a client that never finishes its request, must not hold it up.
      const health = await fetch(`${server.url}/api/health`, { keepalive: true });
      assert.deepEqual(await health.json(), { ok: true });
      const stalled = connect(Number(new URL(server.url).port), "127.0.0.1");
      await new Promise((resolve) => stalled.once("connect", resolve));
      stalled.write("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{");
      stalled.on("error", () => {});
      const signalled = Date.now();
      server.child.kill(signal);
      const result = await server.done;
      assert.equal(result.status, 0, `${signal}: ${result.stderr}`);
      assert.ok(Date.now() - signalled < 15_000, `${signal} took ${Date.now() - signalled} ms`);
    }
  });

  it("a port in use is one line saying what to do, and a non-zero exit, without a stack trace", {
    timeout: 60_000,
  }, async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const db = join(mkdtempSync(join(tmpdir(), "sitrep-serve-")), "s.db");
      const result = await spawnCli(["serve", "--port", String(port), "--db", db]).done;
      assert.notEqual(result.status, 0);
      assert.equal(result.stderr.trim(), `sitrep: port ${port} is in use: stop the other server or pass --port N`);
      // The store this start created is gone again, so the next `npm start` finds none and loads the samples.
      assert.deepEqual(readdirSync(dirname(db)), []);
    } finally {
      blocker.close();
    }
  });

  it("a CLI ingest beside the API storing documents: both finish, each document stored once", {
    timeout: 300_000,
  }, async () => {
    const root = mkdtempSync(join(tmpdir(), "sitrep-serve-"));
    const db = join(root, "shared.db");
    mkdirSync(join(root, "reports"));
    for (const i of [0, 1, 2, 3, 4]) writeFileSync(join(root, "reports", `r${i}.txt`), inventReport(i));
    const server = await startServer(db);
    try {
      const ingest = spawnCli(["ingest", join(root, "reports"), "--db", db, "--published", "2024-05-06"]);
      const posted: number[] = [];
      // Reports 3-4 are posted too (the same texts), 5-7 only through the API.
      for (const i of [5, 6, 3, 7, 4]) {
        const response = await fetch(`${server.url}/api/documents`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Authorization: `Bearer ${TOKEN}` },
          body: JSON.stringify({ text: inventReport(i), published: "2024-05-06", origin: `api-${i}` }),
        });
        posted.push(response.status);
      }
      const ingested = await ingest.done;
      assert.equal(ingested.status, 0, ingested.stderr);
      assert.deepEqual(posted, [200, 200, 200, 200, 200]);
    } finally {
      server.child.kill("SIGTERM");
      await server.done;
    }
    const store = await openSqliteStore(db);
    try {
      const rows = await store.listDocuments();
      const seen = JSON.stringify(rows.map((r) => [r.origin, r.status, r.reason]));
      // Eight texts stored once each; a text that came both ways has one more row, marked a duplicate.
      assert.equal(rows.filter((r) => r.status === "ok").length, 8, seen);
      assert.equal(rows.filter((r) => r.reason === "duplicate").length, rows.length - 8, seen);
      assert.ok(rows.length <= 10, seen);
      assert.ok(!rows.some((r) => r.reason === "failed"));
    } finally {
      await store.close();
    }
  });
});
