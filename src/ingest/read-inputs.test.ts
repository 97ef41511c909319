import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { after, before, describe, it } from "node:test";
import { readInventedReport } from "../testing/fixtures.js";
import { serveTestPages, type TestServer } from "./fixtures/serve-test-pages.js";
import type { IngestItem, RawDocument, SkippedInput } from "./raw-document.js";
import { type ReadOptions, readInputs } from "./read-inputs.js";
import type { LookupAll } from "./resolve-checked-address.js";

const fixtureUrl = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const reportParagraphs = readInventedReport().split("\n\n");
const page = (i: number) =>
  `<html><body><article><p>${reportParagraphs[i % reportParagraphs.length]}</p></article></body></html>`;
const noStdin = undefined as never;

async function collect(
  inputs: string[],
  options: ReadOptions,
): Promise<{ docs: RawDocument[]; skipped: SkippedInput[] }> {
  const items: IngestItem[] = [];
  for await (const item of readInputs(inputs, noStdin, options)) items.push(item);
  return {
    docs: items.flatMap((item) => ("raw" in item ? [item.raw] : [])),
    skipped: items.flatMap((item) => ("skipped" in item ? [item.skipped] : [])),
  };
}

describe("read-inputs: URLs and feeds", () => {
  let server: TestServer;
  // Two host names for the one loopback server, so per-host politeness can be watched from the server side.
  const lookup: LookupAll = async () => [{ address: "127.0.0.1", family: 4 }];
  let options: ReadOptions;
  before(async () => {
    const slowPage = (i: number) => (_req: unknown, res: import("node:http").ServerResponse) =>
      void setTimeout(() => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page(i)), 40);
    const routes: Record<string, Parameters<typeof serveTestPages>[0][string]> = {
      "/legacy": (_req, res) =>
        void res
          .writeHead(200, {
            "content-type": "text/html; charset=windows-1252",
            "last-modified": "Mon, 28 Jun 2021 06:00:00 GMT",
          })
          .end(readFileSync(fixtureUrl("airstrikes-windows-1252.html"))),
      "/shift-jis": (_req, res) =>
        void res
          .writeHead(200, { "content-type": "text/html" })
          .end(readFileSync(fixtureUrl("airstrikes-shift-jis.html"))),
      "/photo.jpg": (_req, res) =>
        void res.writeHead(200, { "content-type": "image/jpeg" }).end(Buffer.alloc(64, 0xff)),
      "/feed": (req, res) => {
        const base = `http://${req.headers.host}`;
        const rss = readFileSync(fixtureUrl("wire-feed.rss"), "utf8")
          .replace("<link>/2021/06/28/us-airstrikes-syria-iraq</link>", `<link>${base}/story-0</link>`)
          .replace(
            "</channel>",
            `<item><title>Gone</title><link>${base}/missing</link></item>` +
              `<item><title>Paywalled</title><link>${base}/paywalled</link><content:encoded>&lt;p&gt;${reportParagraphs[5]}&lt;/p&gt;</content:encoded></item></channel>`,
          );
        res.writeHead(200, { "content-type": "text/xml" }).end(rss); // labelled text/xml: recognised by content
      },
    };
    for (let i = 0; i < 6; i++) routes[`/story-${i}`] = slowPage(i);
    server = await serveTestPages(routes);
    options = { allowedAddresses: ["127.0.0.1"], lookup, hostDelayMs: 30, concurrency: 4 };
  });
  after(() => server.close());

  it("loopback is refused by default: a skipped blocked-address document, not a crash", async () => {
    const { docs, skipped } = await collect([`${server.origin}/story-0`], {});
    assert.equal(docs.length, 0);
    assert.deepEqual(
      skipped.map((s) => s.reason),
      ["blocked-address"],
    );
  });

  it("a windows-1252 page is decoded by its HTTP charset, with url and Last-Modified in the raw meta", async () => {
    const { docs } = await collect([`${server.origin}/legacy`], options);
    assert.match(docs[0].content, /Kata’ib Hezbollah/);
    assert.match(docs[0].content, /ont été menées près d’Al-Qaïm/);
    assert.equal(docs[0].meta.url, `${server.origin}/legacy`);
    assert.equal(docs[0].meta.lastModified, "2021-06-28T06:00:00Z");
    assert.ok(docs[0].meta.httpDate, "the HTTP Date header is kept");
  });

  it("a Shift_JIS page with only a <meta charset> is decoded right", async () => {
    const { docs } = await collect([`${server.origin}/shift-jis`], options);
    assert.match(docs[0].content, /カタイブ・ヒズボラ/);
  });

  it("a non-HTML content type is a skipped unsupported-content-type document", async () => {
    const { skipped } = await collect([`${server.origin}/photo.jpg`], options);
    assert.deepEqual(
      skipped.map((s) => s.reason),
      ["unsupported-content-type"],
    );
  });

  it("a feed URL: items fetched with their feed meta, a content-only item read directly, broken ones skipped", async () => {
    const { docs, skipped } = await collect([`http://wire.test:${server.port}/feed`], options);
    const fetched = docs.find((d) => d.origin.endsWith("/story-0"))!;
    assert.equal(fetched.meta.title, "US conducts airstrikes in Syria and Iraq against Iranian-backed militias");
    assert.equal(fetched.meta.published, "2021-06-28T02:00:00+03:00");
    assert.deepEqual(fetched.meta.authors, ["Wire staff"]);
    assert.ok(docs.some((d) => d.origin.endsWith("/feed#item-2") && /Kata’ib Sayyid al-Shuhada/.test(d.content)));
    const paywalled = docs.find((d) => d.origin.endsWith("/paywalled"));
    assert.ok(paywalled, "an item whose link fails but which carries its content is still read");
    assert.match(paywalled.content, /no immediate reports of civilian casualties/);
    assert.deepEqual(skipped.map((s) => s.reason).sort(), ["bad-feed-item", "bad-feed-item", "fetch-failed"]);
  });

  it("fetches concurrently across hosts but one request at a time per host, with a pause between them; nothing lost", async () => {
    const hosts = ["a.test", "b.test"];
    const urls = [0, 1, 2, 3, 4, 5].map((i) => `http://${hosts[i % 2]}:${server.port}/story-${i}`);
    const logStart = server.log.length;
    const { docs, skipped } = await collect(urls, options);
    assert.equal(skipped.length, 0);
    assert.deepEqual(docs.map((d) => d.origin).sort(), [...urls].sort());
    for (const host of hosts)
      assert.equal(server.maxInFlight(`${host}:${server.port}`), 1, `one request at a time to ${host}`);
    assert.equal(server.maxInFlight(), 2, "the two hosts were fetched at the same time");
    const aRequests = server.log.slice(logStart).filter((r) => r.host.startsWith("a.test"));
    for (let i = 1; i < aRequests.length; i++) {
      assert.ok(aRequests[i].startedAt - aRequests[i - 1].endedAt! >= 25, "the per-host pause was kept");
    }
  });
});

describe("read-inputs: stdin", () => {
  it("a feed piped on stdin is read as a feed", async () => {
    const items: IngestItem[] = [];
    for await (const item of readInputs(["-"], Readable.from([readFileSync(fixtureUrl("wire-feed.rss"))]), {}))
      items.push(item);
    const docs = items.flatMap((item) => ("raw" in item ? [item.raw] : []));
    assert.deepEqual(
      docs.map((d) => d.origin),
      ["stdin#item-2"],
    );
  });
});

describe("read-inputs: local files", () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-inputs-"));
  before(() => {
    mkdirSync(join(dir, "reports", "2021", "06"), { recursive: true });
    writeFileSync(join(dir, "reports", "2021", "06", "strikes.html"), page(1));
    writeFileSync(join(dir, "reports", "2021", "06", "notes.txt"), reportParagraphs[2]);
    copyFileSync(fixtureUrl("airstrikes-iso-8859-1.html"), join(dir, "reports", "latin.html"));
    copyFileSync(fixtureUrl("wire-feed.rss"), join(dir, "saved-feed.xml"));
  });

  it("expands a glob the shell left quoted", async () => {
    const { docs } = await collect([join(dir, "reports/**/*.html")], {});
    assert.deepEqual(docs.map((d) => d.origin.slice(dir.length + 1)).sort(), [
      "reports/2021/06/strikes.html",
      "reports/latin.html",
    ]);
  });

  it("a glob that matches nothing is a not-found skip", async () => {
    const { skipped } = await collect([join(dir, "nothing/**/*.html")], {});
    assert.deepEqual(
      skipped.map((s) => s.reason),
      ["not-found"],
    );
  });

  it("a local .html in a legacy charset is decoded by its <meta>, not refused", async () => {
    const { docs } = await collect([join(dir, "reports", "latin.html")], {});
    assert.match(docs[0].content, /ont été menées près d'Al-Qaïm/);
  });

  it("a local feed file is recognised by its content and its items read", async () => {
    const { docs, skipped } = await collect([join(dir, "saved-feed.xml")], {});
    assert.equal(docs.length, 1, "the content:encoded item");
    assert.equal(skipped.length, 3, "relative link without a base, no link and no body, javascript: link");
  });
});
