import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { openSqliteStore } from "../store/sqlite.js";
import { assertEvidenceIsSlice } from "../testing/assert-evidence.js";
import { readInventedReport } from "../testing/fixtures.js";
import { createApp } from "./app.js";

const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-api-")), "api.db"));
const app = createApp({ store, token: "secret-token" });
after(() => store.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });

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
    const events = await (await app.request("/api/events")).json();
    assert.ok(events.length >= 1);
    const claims = await (await app.request("/api/claims")).json();
    // The invented report's police tally: "at least six attacks ... since January 5".
    assert.ok(claims.some((c: { kind: string; count_low: number; period_start: string }) => c.kind === "tally" && c.count_low === 6 && c.period_start === "2021-01-05"), JSON.stringify(claims));
    // A posted report updates incidents as ingest does: every event in exactly one.
    const incidents: { event_ids: string[] }[] = await (await app.request("/api/incidents")).json();
    assert.deepEqual(incidents.flatMap((i) => i.event_ids).sort(), events.map((e: { event_id: string }) => e.event_id).sort());
  });

  it("bad requests get a clear 400, unknown documents a 404", async () => {
    const notJson = await app.request("/api/extract", { method: "POST", body: "not json" });
    assert.equal(notJson.status, 400);
    assert.match((await notJson.json()).error, /must be JSON/);
    assert.equal((await post("/api/extract", { text: "   " })).status, 400);
    assert.equal((await post("/api/extract", { text: readInventedReport(), published: "someday" })).status, 400);
    assert.equal((await app.request("/api/documents/nope")).status, 404);
    const spanish = await post("/api/extract", {
      text: "Estados Unidos llevó a cabo ataques aéreos en Siria e Irak contra dos milicias respaldadas por Irán que, según el Pentágono, realizaban ataques con drones contra las tropas estadounidenses.",
    });
    assert.equal(spanish.status, 422);
    assert.match((await spanish.json()).error, /language "es"/);
  });

  it("serves the page with a policy that forbids scripts other than its own", async () => {
    const page = await app.request("/");
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<textarea id="report"/);
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
