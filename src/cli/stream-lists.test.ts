// `sitrep incidents` and `sitrep claims` write as the store's pages arrive: the first rows are out before the
// next page is asked for, so memory holds one page, not the whole list.
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { describe, it } from "node:test";
import { writeShaped } from "../export/write-events.js";
import { INCIDENT_SHAPES } from "../merge/format-incidents.js";
import type { ClaimRecord } from "../records/claim-record.js";
import { pagesOf as claimPages } from "./claims-command.js";
import { pagesOf as incidentPages } from "./incidents-command.js";

const PAGES = 3;

/** A store of PAGES pages that counts how many it was asked for. */
function pagedStore<T>(makeItem: (page: number) => T) {
  const asked = { pages: 0 };
  const query = async ({ cursor }: { cursor?: string }) => {
    const page = cursor ? Number(cursor) : 0;
    asked.pages += 1;
    return { items: [makeItem(page), makeItem(page)], next_cursor: page + 1 < PAGES ? String(page + 1) : null };
  };
  return { asked, query };
}

/** Records how many pages the store had served when each chunk was written. */
function recordingOut(asked: { pages: number }) {
  const seen: number[] = [];
  const out = new Writable({
    write(_chunk, _encoding, done) {
      seen.push(asked.pages);
      done();
    },
  });
  return { out, seen };
}

describe("streamed lists", () => {
  it("incidents: the first page is written before the second is read", async () => {
    const { asked, query } = pagedStore((page) => ({ incident_id: `inc-${page}`, event_ids: [] }));
    const store = {
      queryIncidents: query as never,
      listIncidentHistory: async () => new Map(),
    };
    const { out, seen } = recordingOut(asked);
    const written = await writeShaped(incidentPages(store, {}, true), INCIDENT_SHAPES.jsonl, out);
    assert.equal(written, PAGES * 2);
    assert.equal(asked.pages, PAGES);
    assert.equal(seen[0], 1, "the first row went out when one page had been read");
    assert.ok(seen.includes(2) && seen.indexOf(2) > 0, "the rest followed page by page");
  });

  it("claims: the first page is written before the second is read", async () => {
    const { asked, query } = pagedStore((page) => ({ claim_id: `c-${page}` }) as Partial<ClaimRecord>);
    const rows: string[] = [];
    for await (const claim of claimPages({ queryClaims: query as never }, {})) {
      rows.push(claim.claim_id);
      if (rows.length === 1) assert.equal(asked.pages, 1, "one page read when the first claim arrives");
    }
    assert.equal(rows.length, PAGES * 2);
    assert.equal(asked.pages, PAGES);
  });
});
