import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { readInventedReport } from "../testing/fixtures.js";
import { buildWarc, buildWarcRecord, httpResponse, type WarcRecordSpec } from "./fixtures/build-warc.js";
import type { IngestItem, RawDocument } from "./raw-document.js";
import { readWarc, readWarcStream } from "./read-warc.js";

const reportHtml = `<html><body><article>${readInventedReport()
  .split("\n\n")
  .slice(0, 4)
  .map((p) => `<p>${p}</p>`)
  .join("")}</article></body></html>`;
const legacyPage = readFileSync(new URL("./fixtures/airstrikes-windows-1252.html", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "sitrep-warc-"));

const CRAWL: WarcRecordSpec[] = [
  { type: "warcinfo", block: Buffer.from("software: hand-written test\r\nformat: WARC File Format 1.0\r\n") },
  {
    type: "request",
    uri: "https://wire.example/2021/06/28/strikes",
    block: Buffer.from("GET /2021/06/28/strikes HTTP/1.1\r\nHost: wire.example\r\n\r\n"),
  },
  {
    type: "response",
    uri: "https://wire.example/2021/06/28/strikes",
    date: "2021-06-28T10:15:00Z",
    block: httpResponse("200 OK", { "Content-Type": "text/html; charset=utf-8" }, reportHtml),
  },
  {
    type: "response",
    uri: "https://wire.example/logo.png",
    block: httpResponse("200 OK", { "Content-Type": "image/png" }, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])),
  },
  {
    type: "response",
    uri: "https://wire.example/old-url",
    block: httpResponse(
      "301 Moved Permanently",
      { Location: "/2021/06/28/strikes", "Content-Type": "text/html" },
      "<p>moved</p>",
    ),
  },
  {
    type: "metadata",
    uri: "https://wire.example/2021/06/28/strikes",
    block: Buffer.from("outlinks: https://wire.example/\r\n"),
  },
  {
    type: "response",
    uri: "https://legacy.example/news/strikes.htm",
    date: "2021-06-29T08:00:00Z",
    block: httpResponse("200 OK", { "Content-Type": "text/html; charset=windows-1252" }, legacyPage),
  },
];

async function collect(items: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function rawDocs(items: IngestItem[]): RawDocument[] {
  return items.flatMap((item) => ("raw" in item ? [item.raw] : []));
}

describe("read-warc", () => {
  it("every HTML response with status 200 is a document; requests, images, redirects and metadata are passed over", async () => {
    const path = join(dir, "crawl.warc");
    writeFileSync(path, buildWarc(CRAWL));
    const items = await collect(readWarc(path));
    assert.equal(items.length, 2, "no skipped entries for the parts of a crawl");
    const [first, second] = rawDocs(items);
    assert.equal(first.origin, "https://wire.example/2021/06/28/strikes");
    assert.equal(first.meta.url, "https://wire.example/2021/06/28/strikes");
    assert.equal(first.meta.capturedAt, "2021-06-28T10:15:00Z");
    assert.equal(first.meta.published, undefined, "a capture date is not a publication date");
    assert.match(first.content, /the army’s operations command in Kirkuk/);
    assert.equal(second.origin, "https://legacy.example/news/strikes.htm");
    assert.match(second.content, /d’Al-Qaïm/, "the HTTP charset inside the record is honoured");
  });

  it("a .warc.gz with one gzip member per record reads the same", async () => {
    const path = join(dir, "crawl.warc.gz");
    writeFileSync(path, buildWarc(CRAWL, true));
    const docs = rawDocs(await collect(readWarc(path)));
    assert.deepEqual(
      docs.map((d) => d.origin),
      ["https://wire.example/2021/06/28/strikes", "https://legacy.example/news/strikes.htm"],
    );
  });

  it("a truncated archive keeps the pages before the damage and reports bad-warc", async () => {
    const whole = buildWarc(CRAWL.slice(0, 4));
    const path = join(dir, "truncated.warc");
    writeFileSync(
      path,
      Buffer.concat([
        whole,
        Buffer.from("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n"),
      ]),
    );
    const items = await collect(readWarc(path));
    assert.equal(rawDocs(items).length, 1);
    const last = items.at(-1)!;
    assert.ok("skipped" in last && last.skipped.reason === "bad-warc", JSON.stringify(last));
  });

  it("a .warc.gz cut off mid-record keeps the complete pages and reports bad-warc", async () => {
    const path = join(dir, "truncated.warc.gz");
    const gz = buildWarc(CRAWL, true);
    writeFileSync(path, gz.subarray(0, gz.length - 200));
    const items = await collect(readWarc(path));
    assert.deepEqual(
      rawDocs(items).map((d) => d.origin),
      ["https://wire.example/2021/06/28/strikes"],
    );
    const last = items.at(-1)!;
    assert.ok("skipped" in last && last.skipped.reason === "bad-warc", JSON.stringify(last));
  });

  it("streams a 10,000-record archive record by record: memory stays bounded", async () => {
    const page = Buffer.from(reportHtml.repeat(16)); // ~10 KB: 10,000 records are ~100 MB if held at once
    function* records() {
      for (let i = 0; i < 10_000; i++) {
        const isPage = i % 2 === 0;
        const block = isPage
          ? httpResponse("200 OK", { "Content-Type": "text/html" }, page)
          : httpResponse("200 OK", { "Content-Type": "image/jpeg" }, Buffer.alloc(page.length, 0xff));
        yield buildWarcRecord({ type: "response", uri: `https://wire.example/${i}`, block }, i);
      }
    }
    const heapBefore = process.memoryUsage().heapUsed;
    let pages = 0;
    let heapPeak = 0;
    for await (const item of readWarcStream(Readable.from(records()), "big.warc")) {
      if ("raw" in item) pages++;
      if (pages % 500 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }
    assert.equal(pages, 5000);
    const grownMb = (heapPeak - heapBefore) / 1024 / 1024;
    assert.ok(grownMb < 60, `heap grew ${grownMb.toFixed(1)} MB while reading ~100 MB of records`);
  });

  it("stops a gzip bomb (a record whose bytes run far past its declared length) as bad-warc, without holding it", async () => {
    const honest = buildWarcRecord(CRAWL[2], 0);
    // Content-Length says 100 bytes; 80 MB of zeros (no newline, ~80 KB compressed) follow in the same member.
    const lying = Buffer.concat([
      Buffer.from("WARC/1.0\r\nWARC-Type: metadata\r\nContent-Length: 100\r\n\r\n"),
      Buffer.alloc(80 * 1024 * 1024),
    ]);
    const path = join(dir, "bomb.warc.gz");
    writeFileSync(path, Buffer.concat([gzipSync(honest), gzipSync(lying)]));
    const items = await collect(readWarc(path));
    assert.equal(items.filter((i) => "raw" in i).length, 1, "the page before the bomb is kept");
    const bad = items.find((i) => "skipped" in i);
    assert.ok(bad && "skipped" in bad);
    assert.equal(bad.skipped.reason, "bad-warc");
    assert.match(bad.skipped.detail, /expands past/);
  });

  it("a page whose content encoding inflates past the size cap is too-large; the archive goes on", async () => {
    const bomb = gzipSync(Buffer.alloc(60 * 1024 * 1024, 0x20));
    const specs: WarcRecordSpec[] = [
      {
        type: "response",
        uri: "https://wire.example/bomb",
        block: httpResponse("200 OK", { "Content-Type": "text/html", "Content-Encoding": "gzip" }, bomb),
      },
      CRAWL[2],
    ];
    const path = join(dir, "encoded-bomb.warc");
    writeFileSync(path, buildWarc(specs));
    const items = await collect(readWarc(path));
    assert.deepEqual(
      items.map((i) => ("raw" in i ? "raw" : i.skipped.reason)),
      ["too-large", "raw"],
    );
  });

  it("an empty archive, or one without HTML pages, is one row with reason empty", async () => {
    const empty = join(dir, "empty.warc");
    writeFileSync(empty, "");
    const images = join(dir, "images.warc");
    writeFileSync(images, buildWarc([CRAWL[3]]));
    for (const path of [empty, images]) {
      const items = await collect(readWarc(path));
      assert.equal(items.length, 1);
      assert.ok("skipped" in items[0] && items[0].skipped.reason === "empty", JSON.stringify(items));
    }
  });
});
