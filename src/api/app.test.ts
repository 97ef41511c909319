import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { CONFIG } from "../config.js";
import { openSqliteStore } from "../store/sqlite.js";
import { assertEvidenceIsSlice } from "../testing/assert-evidence.js";
import { readInventedReport } from "../testing/fixtures.js";
import { createApp } from "./app.js";

const pick = (data: { error: { code: string; message: string } }) => ({
  code: data.error.code,
  mentionsJson: /JSON/.test(data.error.message),
});

const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-api-")), "api.db"));
// More writes than one client may send a minute: the rate limit has its own tests (rate-limit.test.ts).
const app = createApp({
  store,
  token: "secret-token",
  writeRateLimit: { perMinute: 10_000, burst: 10_000, maxClients: 100 },
});
after(() => store.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

describe("api", () => {
  it("POST /api/extract returns events whose evidence is the text's own slice, without storing", async () => {
    const response = await post("/api/extract", { text: readInventedReport(), published: "2021-06-28" });
    assert.equal(response.status, 200);
    const data = await response.json();
    const strike = data.events.find((e: { event_date: string }) => e.event_date === "2021-06-27");
    assert.equal(strike.sub_event_type, "Air/drone strike");
    assert.ok(assertEvidenceIsSlice(data.events, data.text) > 10);
    assert.equal((await store.listDocuments()).length, 0);
  });

  it("writing needs the bearer token", async () => {
    const body = { text: readInventedReport(), published: "2021-06-28", origin: "invented-report.txt" };
    assert.equal((await post("/api/documents", body)).status, 401);
    assert.equal((await post("/api/documents", body, { Authorization: "Bearer wrong" })).status, 401);
    const ok = await post("/api/documents", body, { Authorization: "Bearer secret-token" });
    assert.equal(ok.status, 200);
    const stored = await ok.json();
    assert.equal(stored.outcome, "stored");
    assert.equal(stored.document.origin, "invented-report.txt");
    assert.equal("documents" in stored, false, "not the whole document table");
    const events = (await (await app.request("/api/events?limit=1000")).json()).items;
    assert.ok(events.length >= 1);
    assert.deepEqual(
      stored.events.map((e: { event_id: string }) => e.event_id).sort(),
      events.map((e: { event_id: string }) => e.event_id).sort(),
    );
    const again = await (await post("/api/documents", body, { Authorization: "Bearer secret-token" })).json();
    assert.deepEqual([again.outcome, again.document.document_id], ["duplicate", stored.document.document_id]);
    const claims = (await (await app.request("/api/claims")).json()).items;
    // The invented report's police tally: "at least six attacks ... since January 5".
    assert.ok(
      claims.some(
        (c: { kind: string; count_low: number; period_start: string }) =>
          c.kind === "tally" && c.count_low === 6 && c.period_start === "2021-01-05",
      ),
      JSON.stringify(claims),
    );
    // A posted report updates incidents as ingest does: every event in exactly one.
    const incidents: { event_ids: string[] }[] = (await (await app.request("/api/incidents")).json()).items;
    assert.deepEqual(
      incidents.flatMap((i) => i.event_ids).sort(),
      events.map((e: { event_id: string }) => e.event_id).sort(),
    );
    // One incident by id carries its field history: the first report set its first values.
    const one: { incident_id: string; history: { field: string; previous: unknown }[] } = await (
      await app.request(`/api/incidents/${(incidents[0] as { incident_id?: string }).incident_id}`)
    ).json();
    assert.ok(
      one.history.some((h) => h.field === "event_type" && h.previous === null),
      JSON.stringify(one.history),
    );
    assert.equal((await app.request("/api/incidents/nope")).status, 404);
  });

  it("bad requests get a clear 400, unknown documents a 404", async () => {
    const notJson = await app.request("/api/extract", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "not json",
    });
    assert.equal(notJson.status, 400);
    assert.deepEqual(pick(await notJson.json()), { code: "bad-json", mentionsJson: true });
    assert.equal((await post("/api/extract", { text: "   " })).status, 400);
    assert.equal((await post("/api/extract", { text: readInventedReport(), published: "someday" })).status, 400);
    assert.equal((await app.request("/api/documents/nope")).status, 404);
    const spanish = await post("/api/extract", {
      text: "Estados Unidos llevó a cabo ataques aéreos en Siria e Irak contra dos milicias respaldadas por Irán que, según el Pentágono, realizaban ataques con drones contra las tropas estadounidenses.",
    });
    assert.equal(spanish.status, 422);
    assert.match((await spanish.json()).error.message, /language "es"/);
  });

  it("a malformed body is a 400 with a code, never a 500: null, an array, wrong field types", async () => {
    for (const body of [null, [], 42, "text", { text: 42 }, { text: "Report.", published: 2021 }, { html: ["<p>"] }]) {
      const response = await post("/api/extract", body);
      const data = await response.json();
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.equal(data.error.code, "bad-request", JSON.stringify(body));
      assert.doesNotMatch(data.error.message, /Cannot read|TypeError|undefined is not/);
    }
    const nullStored = await post("/api/documents", null, { Authorization: "Bearer secret-token" });
    assert.equal(nullStored.status, 400);
  });

  it("reads a report only as application/json: a form or text/plain post (which any page can send) is a 415", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""]) {
      const headers: Record<string, string> = type ? { "Content-Type": type } : {};
      const response = await app.request("/api/extract", {
        method: "POST",
        headers,
        body: JSON.stringify({ text: readInventedReport() }),
      });
      assert.equal(response.status, 415, type);
      assert.equal((await response.json()).error.code, "unsupported-media-type");
    }
    const charset = await post("/api/extract", { text: "   " }, { "Content-Type": "application/json; charset=utf-8" });
    assert.equal(charset.status, 400); // read, then refused for its empty text
  });

  it("a body over the limit is a 413 with a code", async () => {
    const big = JSON.stringify({ text: "a".repeat(CONFIG.apiMaxBodyBytes) });
    const response = await app.request("/api/extract", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: big,
    });
    assert.equal(response.status, 413);
    assert.equal((await response.json()).error.code, "body-too-large");
  });

  it("answers only to its own host names and IP addresses: a rebound DNS name gets a 421", async () => {
    const get = (host: string, on = app) => on.request("/api/documents", { headers: { Host: host } });
    for (const host of ["127.0.0.1:8080", "localhost:8080", "LOCALHOST", "[::1]:8080", "192.168.1.20:8080"])
      assert.equal((await get(host)).status, 200, host);
    for (const host of ["evil.example:8080", "evil.example", "localhost.evil.example:8080", "127.0.0.1.nip.io"]) {
      const response = await get(host);
      assert.equal(response.status, 421, host);
      assert.equal((await response.json()).error.code, "unknown-host");
    }
    const named = createApp({ store, token: "t", hostNames: ["sitrep.lan"] });
    assert.equal((await get("sitrep.lan:8080", named)).status, 200);
    assert.equal((await get("other.lan:8080", named)).status, 421);
  });

  it("serves the page with a policy that forbids scripts other than its own", async () => {
    const page = await app.request("/");
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<textarea name="content"/);
    assert.match(page.headers.get("Content-Security-Policy") ?? "", /script-src 'self'/);
  });

  it("the page's script never puts report text into HTML", () => {
    const script = readFileSync(new URL("../../web/app.js", import.meta.url), "utf8");
    assert.doesNotMatch(script, /innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it("describes itself in OpenAPI", async () => {
    const spec = await (await app.request("/openapi.json")).json();
    assert.equal(spec.openapi, "3.1.0");
    assert.ok(spec.paths["/api/events"] && spec.paths["/api/extract"]);
  });
});
