// Incidents, claims and documents lists: pages without gaps or repeats, and the filters each takes.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { makeDocFor, makeEventRecord } from "../testing/make-event-record.js";
import { CLAIM_QUERY, DOCUMENT_QUERY, parseListQuery } from "./lists-store.js";
import { openSqliteStore } from "./sqlite.js";
import type { Store } from "./store.js";

let store: Store;

before(async () => {
  store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-lists-")), "lists.db"));
  for (let d = 0; d < 7; d++) {
    const events = [makeEventRecord(`doc-${d}`, 1, { event_date: `2024-04-0${d + 1}`, iso3: d % 2 ? "UGA" : "KEN" })];
    await store.saveDocument(makeDocFor(`doc-${d}`, events), events);
    await store.replaceIncidents(
      [],
      [
        {
          ...events[0]!,
          incident_id: `inc-${d}`,
          event_ids: [events[0]!.event_id],
          sources: [],
          corroboration: 1,
          first_reported: null,
          last_updated: null,
          conflicts: [],
        },
      ],
    );
  }
});
after(() => store.close());

describe("store: incidents, claims and documents lists", () => {
  it("pages documents newest first, each once", async () => {
    const seen: string[] = [];
    for (let cursor: string | undefined, first = true; first || cursor; first = false) {
      const page = await store.queryDocuments({ limit: 3, cursor });
      seen.push(...page.items.map((d) => d.document_id));
      cursor = page.next_cursor ?? undefined;
    }
    assert.equal(seen.length, 7);
    assert.equal(new Set(seen).size, 7);
  });
  it("pages incidents by date and filters them by country and by their member events", async () => {
    const first = await store.queryIncidents({ limit: 4 });
    const rest = await store.queryIncidents({ limit: 4, cursor: first.next_cursor! });
    assert.deepEqual(
      [...first.items, ...rest.items].map((i) => i.incident_id),
      ["inc-6", "inc-5", "inc-4", "inc-3", "inc-2", "inc-1", "inc-0"],
    );
    assert.equal(rest.next_cursor, null);
    assert.deepEqual(
      (await store.queryIncidents({ country: "UGA" })).items.map((i) => i.incident_id),
      ["inc-5", "inc-3", "inc-1"],
    );
    assert.deepEqual(
      (await store.queryIncidents({ document: "doc-2" })).items.map((i) => i.incident_id),
      ["inc-2"],
    );
  });
  it("refuses filters a list does not take", () => {
    assert.throws(() => parseListQuery(DOCUMENT_QUERY, { country: "KEN" }), /unknown filter country/);
    assert.throws(() => parseListQuery(CLAIM_QUERY, { kind: "rumour" }), /kind/);
  });
});
