// The page's Export download: ACLED's CSV of the events a filter matches, reviewed values applied.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { ACLED_COLUMNS } from "../export/acled-columns.js";
import { openSqliteStore } from "../store/sqlite.js";
import type { Store } from "../store/store.js";
import { makeDocFor, makeEventRecord } from "../testing/make-event-record.js";
import { createApp } from "./app.js";

let store: Store;
let app: ReturnType<typeof createApp>;

before(async () => {
  store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-export-route-")), "api.db"));
  const events = Array.from({ length: 3 }, (_, i) =>
    makeEventRecord("doc-x", i + 1, { event_date: `2024-03-0${i + 1}`, fatalities_best: i * 10 }),
  );
  await store.saveDocument(makeDocFor("doc-x", events), events);
  app = createApp({ store, token: "tok" });
});
after(() => store.close());

describe("api: export", () => {
  it("answers ACLED CSV by default, ACLED's columns first, one row per matching event", async () => {
    const response = await app.request("/api/export?fatalities_min=10");
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-type") ?? "", /^text\/csv/);
    assert.match(response.headers.get("content-disposition") ?? "", /attachment; filename="sitrep-events\.csv"/);
    const [header, ...rows] = (await response.text()).trimEnd().split("\n");
    assert.deepEqual(header.split(",").slice(0, ACLED_COLUMNS.length), [...ACLED_COLUMNS]);
    assert.equal(rows.length, 2);
  });

  it("shows a review edit in the export", async () => {
    const [first] = (await store.queryEvents({ sort: "event_date", limit: 1 })).items;
    const reviewed = await app.request(`/api/events/${first.event_id}/review`, {
      method: "POST",
      headers: { Authorization: "Bearer tok", "Content-Type": "application/json" },
      body: JSON.stringify({ action: "edit", fields: { fatalities_best: 77 }, reviewer: "ana" }),
    });
    assert.equal(reviewed.status, 200);
    const lines = (await (await app.request("/api/export?format=jsonl")).text()).trimEnd().split("\n");
    const edited = lines.map((line) => JSON.parse(line)).find((e) => e.event_id === first.event_id);
    assert.equal(edited.fatalities_best, 77);
  });

  it("HEAD tells the page exports are served; an unknown format is a 400 with a code", async () => {
    assert.equal((await app.request("/api/export", { method: "HEAD" })).status, 200);
    const bad = await app.request("/api/export?format=xlsx");
    assert.equal(bad.status, 400);
    assert.equal((await bad.json()).error.code, "bad-filter");
  });
});
