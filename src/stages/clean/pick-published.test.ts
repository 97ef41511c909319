// Publication dates from every source end up ISO 8601, so relative dates resolve; an unreadable one is
// noted and passed over. The pages and sentences are invented.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRawDocument } from "../../process.js";
import { cleanRawDocument } from "./index.js";
import { pickPublished } from "./pick-published.js";

const STORY =
  "<p>Gunmen attacked an army checkpoint near Kirkuk on Wednesday, killing two soldiers, police said. The attackers fled towards the Hamrin mountains, a police officer said.</p>";
const page = (head: string) => `<html lang="en"><head>${head}</head><body><article>${STORY}</article></body></html>`;

describe("clean: publication date", () => {
  it('a page\'s "20 Nov 2019 08:02 GMT" is stored as ISO 8601, and "Wednesday" resolves against it', () => {
    const raw = {
      origin: "page.html",
      kind: "html" as const,
      content: page('<meta property="article:published_time" content="20 Nov 2019 08:02 GMT">'),
      meta: {},
    };
    const result = processRawDocument(raw);
    assert.ok("doc" in result);
    assert.equal(result.doc.meta.published, "2019-11-20T08:02:00Z");
    const wednesday = result.doc.layers.dates?.find((s) => result.doc.text.slice(s.start, s.end) === "Wednesday");
    assert.equal((wednesday?.data as { start?: string } | undefined)?.start, "2019-11-20");
  });

  it("a feed item's or JSONL line's date in RFC 2822 form is stored as ISO 8601", () => {
    const result = cleanRawDocument({
      origin: "x",
      kind: "html",
      content: page(""),
      meta: { published: "Wed, 20 Nov 2019 08:02:00 +0100" },
    });
    assert.ok("doc" in result);
    assert.equal(result.doc.meta.published, "2019-11-20T08:02:00+01:00");
    assert.equal(result.notes, undefined);
  });

  it("an unreadable page date is noted and passed over for the next source (here --published)", () => {
    const result = cleanRawDocument(
      { origin: "x", kind: "html", content: page('<meta name="date" content="Updated 2 hours ago">'), meta: {} },
      { published: "2019-11-21" },
    );
    assert.ok("doc" in result);
    assert.equal(result.doc.meta.published, "2019-11-21");
    assert.deepEqual(result.notes, [
      'the page metadata date "Updated 2 hours ago" is not a date sitrep can read; it was not used',
    ]);
  });

  describe("negative cases", () => {
    it("no readable source leaves the date unset, never the raw string", () => {
      const picked = pickPublished([
        { from: "source", value: "soon" },
        { from: "page metadata", value: undefined },
      ]);
      assert.equal(picked.published, undefined);
      assert.equal(picked.notes.length, 1);
      const result = cleanRawDocument({
        origin: "x",
        kind: "html",
        content: page(""),
        meta: { published: "sometime last week" },
      });
      assert.ok("doc" in result);
      assert.equal(result.doc.meta.published, undefined);
    });
  });
});
