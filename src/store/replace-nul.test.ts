import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { makeDocFor, makeEventRecord } from "../testing/make-event-record.js";
import { STORE_BACKENDS } from "../testing/store-backends.js";
import { openStore } from "./open-store.js";
import { withoutNul } from "./replace-nul.js";

describe("store: NUL characters on PostgreSQL", () => {
  it("a NUL becomes U+FFFD, in text and escaped in JSON, keeping the length", () => {
    assert.equal(withoutNul("a\u0000b"), "a\ufffdb");
    assert.equal((withoutNul("a\u0000b") as string).length, 3);
    const json = withoutNul(JSON.stringify({ notes: "x\u0000y" })) as string;
    assert.doesNotMatch(json, /\\u0000/);
    assert.equal(JSON.parse(json).notes, "x\ufffdy");
  });

  it("leaves alone what is no NUL: other values, a written backslash-u0000, an escaped backslash in JSON", () => {
    assert.equal(withoutNul(42), 42);
    assert.equal(withoutNul(null), null);
    assert.equal(withoutNul("the escape \\u0000 in a JSON tutorial"), "the escape \\u0000 in a JSON tutorial");
    const written = JSON.stringify({ notes: "the escape \\u0000" });
    assert.equal(withoutNul(written), written);
  });
});

for (const backend of STORE_BACKENDS)
  describe(`store: NUL characters from untrusted input on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.cleanUp());

    it("a skipped input's detail, a report's text and an event's sentence with a NUL are stored", async () => {
      const store = await openStore(await backend.newLocation());
      try {
        const skipped = {
          origin: "x.jsonl:6",
          reason: "bad-jsonl" as const,
          detail: "line 6 is not JSON: \u0000\u0001",
        };
        assert.equal(await store.saveSkipped(skipped), "stored");
        // A report with no NUL first: the statements of its shape then run again without Kysely's plugins
        // (compiled-queries.ts), for the report with one below.
        const clean = [makeEventRecord("doc-clean", 1, { notes: "Rebels shelled a bridge." })];
        assert.equal(await store.saveDocument(makeDocFor("doc-clean", clean), clean), "stored");
        const events = [makeEventRecord("doc-nul", 1, { notes: "Gunmen\u0000 attacked a market." })];
        const doc = makeDocFor("doc-nul", events);
        assert.equal(await store.saveDocument(doc, events), "stored");
        const stored = await store.getDocument("doc-nul");
        assert.equal(stored?.text.length, doc.text.length, "offsets into the text stay right");
        const [event] = (await store.queryEvents({ q: "market" })).items;
        assert.match(event?.notes ?? "", /^Gunmen. attacked a market\.$/);
      } finally {
        await store.close();
      }
    });
  });
