import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readInventedReport } from "../../testing/fixtures.js";
import { cleanRawDocument } from "./index.js";
import { urlDate } from "./read-metadata.js";

const body = readInventedReport()
  .split("\n\n")
  .slice(1, 6)
  .map((p) => `<p>${p}</p>`)
  .join("\n");

function clean(head: string, html = body) {
  const result = cleanRawDocument({
    origin: "page.html",
    kind: "html",
    content: `<html lang="en"><head>${head}</head><body><article>${html}</article></body></html>`,
    meta: {},
  });
  assert.ok("doc" in result);
  return result.doc.meta;
}

describe("clean: page metadata", () => {
  it("reads headline, authors, publication time with zone and publisher from schema.org JSON-LD", () => {
    const ld = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", name: "Example" },
        {
          "@type": "NewsArticle",
          headline: "US conducts airstrikes in Syria and Iraq",
          datePublished: "2021-06-27T20:14:00-04:00",
          author: [{ "@type": "Person", name: "Michael R. Gordon" }],
          publisher: { "@type": "Organization", name: "The Wall Street Journal" },
        },
      ],
    };
    const meta = clean(
      `<script type="application/ld+json">${JSON.stringify(ld)}</script><link rel="canonical" href="https://www.wsj.com/articles/us-conducts-airstrikes-11624836563">`,
    );
    assert.equal(meta.published, "2021-06-27T20:14:00-04:00");
    assert.deepEqual(meta.authors, ["Michael R. Gordon"]);
    assert.equal(meta.publisher, "The Wall Street Journal");
    assert.equal(meta.canonicalUrl, "https://www.wsj.com/articles/us-conducts-airstrikes-11624836563");
    assert.equal(meta.language, "en");
  });

  it("falls back to meta tags, then <time datetime>, then the date in the URL", () => {
    assert.equal(
      clean(`<meta property="article:published_time" content="2021-06-28T01:00:00Z">`).published,
      "2021-06-28T01:00:00Z",
    );
    assert.equal(
      clean("", `<time datetime="2021-06-27T22:00:00-04:00">June 27</time>${body}`).published,
      "2021-06-27T22:00:00-04:00",
    );
    assert.equal(
      clean(`<link rel="canonical" href="https://example.com/2021/06/28/us-strikes/">`).published,
      "2021-06-28",
    );
    assert.deepEqual(clean(`<meta name="author" content="By Michael R. Gordon and Gordon Lubold">`).authors, [
      "Michael R. Gordon",
      "Gordon Lubold",
    ]);
  });

  describe("negative cases", () => {
    it("no date anywhere stays undefined (never invented); a broken JSON-LD block is ignored", () => {
      const meta = clean(`<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x",}</script>`);
      assert.equal(meta.published, undefined);
      assert.equal(meta.authors, undefined);
    });
    it("a URL number that is not a date is not read as one", () => {
      assert.equal(urlDate("https://example.com/news/2021/13/45/story"), undefined);
      assert.equal(urlDate("https://example.com/articles/us-conducts-airstrikes-11624836563"), undefined);
    });
    it("the text, not the page's lang attribute, decides the language", () => {
      const spanish =
        "<p>Estados Unidos llevó a cabo ataques aéreos en Siria e Irak contra dos milicias respaldadas por Irán que, según el Pentágono, lanzaban ataques con drones contra las tropas estadounidenses.</p>";
      assert.equal(clean("", spanish).language, "es");
    });
  });
});
