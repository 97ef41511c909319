// The workbench endpoints on a store of invented records (no pipeline run): the contract's shapes, its
// error objects with codes and 4xx statuses, the review round trip with the token, and /openapi.json and
// /docs describing what the server answers.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { openSqliteStore } from "../store/sqlite.js";
import type { Store } from "../store/store.js";
import { makeDocFor, makeEventRecord } from "../testing/make-event-record.js";
import { createApp } from "./app.js";
import { EVENT_DETAIL, EVENT_PAGE, GEOJSON, SUMMARY } from "./schemas.js";

let store: Store;
let app: ReturnType<typeof createApp>;
const AUTH = { Authorization: "Bearer tok", "Content-Type": "application/json" };

before(async () => {
  store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-event-routes-")), "api.db"));
  const events = Array.from({ length: 25 }, (_, i) =>
    makeEventRecord("doc-r", i + 1, {
      event_date: `2024-02-${String(1 + (i % 20)).padStart(2, "0")}`,
      fatalities_best: i,
      latitude: i % 5 === 0 ? null : -1 - i / 100,
    }),
  );
  await store.saveDocument(makeDocFor("doc-r", events), events);
  app = createApp({ store, token: "tok" });
});
after(() => store.close());

const getJson = async (path: string) => {
  const response = await app.request(path);
  return { status: response.status, body: await response.json() };
};

describe("api: events", () => {
  it("pages /api/events with next_cursor, each page in the contract's shape", async () => {
    const seen: string[] = [];
    let path = "/api/events?limit=10&sort=fatalities";
    for (;;) {
      const { status, body } = await getJson(path);
      assert.equal(status, 200);
      EVENT_PAGE.parse(body);
      seen.push(...body.items.map((e: { event_id: string }) => e.event_id));
      if (!body.next_cursor) break;
      path = `/api/events?limit=10&sort=fatalities&cursor=${body.next_cursor}`;
    }
    assert.equal(seen.length, 25);
    assert.equal(new Set(seen).size, 25);
  });
  it("answers a bad filter, sort, limit or cursor with 400 bad-filter", async () => {
    for (const query of [
      "from=yesterday",
      "sort=actor1",
      "limit=0",
      "limit=1001",
      "cursor=zzz",
      "bbox=1,2",
      "colour=red",
      "fatalities_min=-1",
      "country=Atlantis",
    ]) {
      const { status, body } = await getJson(`/api/events?${query}`);
      assert.equal(status, 400, query);
      assert.equal(body.error.code, "bad-filter", query);
      assert.ok(body.error.message.length > 5, query);
    }
  });
  it("summarizes per day and draws GeoJSON points of the events with coordinates", async () => {
    const summary = SUMMARY.parse((await getJson("/api/events/summary?from=2024-02-01&to=2024-02-01")).body);
    assert.deepEqual(
      summary.days.map((d) => [d.date, d.events, d.fatalities]),
      [["2024-02-01", 2, 20]],
    );
    const geo = GEOJSON.parse((await getJson("/api/events/geojson?limit=50")).body);
    assert.equal(geo.features.length, 20);
    assert.equal((await getJson("/api/events/geojson?limit=50001")).status, 400);
  });
  it("opens one event with its evidence and document, and 404s an unknown one", async () => {
    const { status, body } = await getJson("/api/events/doc-r-3");
    assert.equal(status, 200);
    EVENT_DETAIL.parse(body);
    assert.equal(body.document.document_id, "doc-r");
    assert.deepEqual(body.evidence[0], {
      field: "event_type",
      document_id: "doc-r",
      start: 0,
      end: 7,
      text: "clashed",
    });
    const missing = await getJson("/api/events/nope");
    assert.deepEqual([missing.status, missing.body.error.code], [404, "not-found"]);
  });
});

describe("api: review", () => {
  const review = (id: string, body: unknown, headers: Record<string, string> = AUTH) =>
    app.request(`/api/events/${id}/review`, { method: "POST", headers, body: JSON.stringify(body) });
  it("needs the token", async () => {
    const response = await review(
      "doc-r-4",
      { action: "confirm", reviewer: "ana" },
      { "Content-Type": "application/json" },
    );
    assert.equal(response.status, 401);
    assert.equal((await response.json()).error.code, "unauthorized");
  });
  it("refuses a bad review with 400 and an unknown event with 404", async () => {
    for (const body of [
      { action: "approve", reviewer: "ana" },
      { action: "edit", reviewer: "ana" },
      { action: "edit", fields: { event_id: "x" }, reviewer: "ana" },
      { action: "edit", fields: { fatalities_best: "many" }, reviewer: "ana" },
      { action: "confirm" },
    ]) {
      const response = await review("doc-r-4", body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.equal((await response.json()).error.code, "bad-request");
    }
    assert.equal((await review("nope", { action: "confirm", reviewer: "ana" })).status, 404);
  });
  it("an edit answers the event with the reviewed value, the extraction and the history", async () => {
    const response = await review("doc-r-4", {
      action: "edit",
      fields: { fatalities_best: 99, location: "Kisumu" },
      note: "the ministry's later toll",
      reviewer: "ana",
    });
    assert.equal(response.status, 200);
    const body = EVENT_DETAIL.parse(await response.json());
    assert.deepEqual(
      [body.event.fatalities_best, body.extracted.fatalities_best, body.event.review?.status],
      [99, 3, "edited"],
    );
    assert.deepEqual(
      body.history.map((h) => [h.action, h.reviewer, h.note]),
      [["edit", "ana", "the ministry's later toll"]],
    );
    const listed = (await getJson("/api/events?reviewed=true")).body.items;
    assert.deepEqual(
      listed.map((e: { event_id: string; location: string }) => [e.event_id, e.location]),
      [["doc-r-4", "Kisumu"]],
    );
  });
});

describe("api: description", () => {
  it("serves OpenAPI 3.1 generated from the schemas, and a readable docs page without scripts", async () => {
    const spec = (await getJson("/openapi.json")).body;
    assert.equal(spec.openapi, "3.1.0");
    for (const path of [
      "/api/events",
      "/api/events/summary",
      "/api/events/geojson",
      "/api/events/{id}",
      "/api/events/{id}/review",
      "/api/incidents",
      "/api/claims",
      "/api/documents",
    ])
      assert.ok(spec.paths[path], path);
    const names = spec.paths["/api/events"].get.parameters.map((p: { name: string }) => p.name);
    assert.deepEqual(names, [
      "from",
      "to",
      "country",
      "admin1",
      "actor",
      "event_type",
      "sub_event_type",
      "bbox",
      "fatalities_min",
      "fatalities_max",
      "reviewed",
      "status",
      "q",
      "document",
      "sort",
      "limit",
      "cursor",
    ]);
    const docs = await app.request("/docs");
    const html = await docs.text();
    assert.equal(docs.status, 200);
    assert.match(html, /\/api\/events\/\{id\}\/review/);
    assert.doesNotMatch(html, /<script|https?:\/\/(?!127)/);
  });
});
