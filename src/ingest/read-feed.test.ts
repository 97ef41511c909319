import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { looksLikeFeed, readFeed } from "./read-feed.js";
import { toIsoDate } from "./to-iso-date.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("read-feed: RSS", () => {
  const feed = readFeed(fixture("wire-feed.rss"), "https://wire.example/feed.rss", "https://wire.example/middle-east");

  it("an item's link becomes a fetch job with its title, date (offset kept) and author", () => {
    assert.deepEqual(feed.jobs, [
      {
        url: "https://wire.example/2021/06/28/us-airstrikes-syria-iraq",
        meta: {
          url: "https://wire.example/2021/06/28/us-airstrikes-syria-iraq",
          title: "US conducts airstrikes in Syria and Iraq against Iranian-backed militias",
          published: "2021-06-28T02:00:00+03:00",
          authors: ["Wire staff"],
          feed: "https://wire.example/feed.rss",
        },
      },
    ]);
  });

  it("an item with no link but its full content (content:encoded) is a document directly", () => {
    const docs = feed.items.flatMap((item) => ("raw" in item ? [item.raw] : []));
    assert.equal(docs.length, 1);
    assert.equal(docs[0].kind, "html");
    assert.equal(docs[0].origin, "https://wire.example/feed.rss#item-2");
    assert.match(docs[0].content, /^<p>The Pentagon said operational and weapons storage facilities/);
    assert.equal(docs[0].meta.published, "2021-06-28T05:30:00Z");
  });

  it("broken items are skipped entries with reasons; the rest of the feed goes on", () => {
    const skipped = feed.items.flatMap((item) => ("skipped" in item ? [item.skipped] : []));
    assert.deepEqual(
      skipped.map((s) => [s.origin, s.reason]),
      [
        ["https://wire.example/feed.rss#item-3", "bad-feed-item"],
        ["https://wire.example/feed.rss#item-4", "bad-feed-item"],
      ],
    );
    assert.match(skipped[1].detail, /javascript:alert\(1\)/);
  });

  it("a relative link in a local feed file, with no base URL, is a skipped item", () => {
    const local = readFeed(fixture("wire-feed.rss"), "wire-feed.rss");
    assert.equal(local.jobs.length, 0);
    assert.ok(local.items.some((item) => "skipped" in item && item.skipped.origin === "wire-feed.rss#item-1"));
  });
});

describe("read-feed: Atom and JSON Feed", () => {
  it("Atom entries give their alternate link, published date and author", () => {
    const { jobs } = readFeed(fixture("wire-feed.atom"), "wire-feed.atom");
    assert.equal(jobs.length, 1);
    assert.equal(jobs[0].url, "https://wire.example/2021/06/28/us-airstrikes-syria-iraq");
    assert.equal(jobs[0].meta.published, "2021-06-28T02:00:00+03:00");
    assert.deepEqual(jobs[0].meta.authors, ["Wire staff"]);
  });

  it("a JSON Feed item with only content_text is a text document", () => {
    const json = JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title: "Wire",
      items: [
        {
          id: "1",
          content_text: "There were no immediate reports of casualties from the action.",
          date_published: "2021-06-28",
        },
      ],
    });
    assert.ok(looksLikeFeed(json));
    const { items } = readFeed(json, "wire.json");
    assert.ok("raw" in items[0]);
    assert.equal(items[0].raw.kind, "text");
    assert.equal(items[0].raw.meta.published, "2021-06-28");
  });
});

describe("read-feed: detection and negative cases", () => {
  it("recognises feeds by their root element or JSON Feed version, past a prolog and comments", () => {
    assert.ok(looksLikeFeed(fixture("wire-feed.rss")));
    assert.ok(looksLikeFeed(fixture("wire-feed.atom")));
    assert.ok(
      looksLikeFeed('<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>'),
    );
  });

  it("HTML, plain JSON and other XML are not feeds", () => {
    assert.ok(!looksLikeFeed("<!doctype html><html><body><p>Erbil, Iraq</p></body></html>"));
    assert.ok(!looksLikeFeed('{"text": "a JSONL record"}'));
    assert.ok(!looksLikeFeed('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>'));
  });

  it("a feed that cannot be parsed at all is one skipped bad-feed entry", () => {
    const { items, jobs } = readFeed("<rss><channel><item><title>x</item></channel></rss>", "broken.rss");
    assert.equal(jobs.length, 0);
    assert.ok("skipped" in items[0] && items[0].skipped.reason === "bad-feed");
  });

  it("dates keep their stated offset; unreadable dates are dropped", () => {
    assert.equal(toIsoDate("Sun, 27 Jun 2021 18:00:00 -0400"), "2021-06-27T18:00:00-04:00");
    assert.equal(toIsoDate("Mon, 28 Jun 2021 06:00:00 GMT"), "2021-06-28T06:00:00Z");
    assert.equal(toIsoDate("last Sunday"), undefined);
  });
});
