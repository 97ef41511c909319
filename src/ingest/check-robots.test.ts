import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { readInventedReport } from "../testing/fixtures.js";
import { crawlDelayMs, createRobotsCheck, MAX_CRAWL_DELAY_MS } from "./check-robots.js";
import { serveTestPages, type TestServer } from "./fixtures/serve-test-pages.js";
import type { IngestItem } from "./raw-document.js";
import { readInputs } from "./read-inputs.js";

const LOOPBACK_ONLY = { allowedAddresses: ["127.0.0.1"] };
const PAGE = `<html><body><article><p>${readInventedReport().split("\n\n")[1]}</p></article></body></html>`;
const html = (body: string) => (_req: unknown, res: import("node:http").ServerResponse) =>
  void res.writeHead(200, { "content-type": "text/html" }).end(body);
const text =
  (status: number, body = "") =>
  (_req: unknown, res: import("node:http").ServerResponse) =>
    void res.writeHead(status, { "content-type": "text/plain" }).end(body);

async function reasons(urls: string[], options: Parameters<typeof readInputs>[2]): Promise<string[]> {
  const out: string[] = [];
  for await (const item of readInputs(urls, undefined as never, options) as AsyncGenerator<IngestItem>)
    out.push("raw" in item ? "stored" : item.skipped.reason);
  return out.sort();
}

describe("robots.txt", () => {
  let site: TestServer;
  let broken: TestServer;
  before(async () => {
    site = await serveTestPages({
      "/robots.txt": text(200, "User-agent: *\nDisallow: /members/\n\nUser-agent: sitrep\nDisallow: /archive/\n"),
      "/news/strike": html(PAGE),
      "/archive/strike": html(PAGE),
    });
    broken = await serveTestPages({ "/robots.txt": text(503), "/news/strike": html(PAGE) });
  });
  after(async () => {
    await site.close();
    await broken.close();
  });

  it("follows the group for sitrep's user agent, and reads robots.txt once per host", async () => {
    const check = createRobotsCheck(LOOPBACK_ONLY);
    assert.deepEqual(await check(`${site.origin}/news/strike`), { allowed: true });
    const verdict = await check(`${site.origin}/archive/strike`);
    assert.equal(verdict.allowed, false);
    assert.ok(!verdict.allowed && /disallows \/archive\/strike for sitrep/.test(verdict.detail));
    assert.equal(site.log.filter((r) => r.path === "/robots.txt").length, 1);
  });

  it("ingest skips a disallowed page as robots-disallowed, and --ignore-robots fetches it", async () => {
    const urls = [`${site.origin}/news/strike`, `${site.origin}/archive/strike`];
    assert.deepEqual(await reasons(urls, { ...LOOPBACK_ONLY, hostDelayMs: 0 }), ["robots-disallowed", "stored"]);
    const before = site.log.length;
    assert.deepEqual(await reasons(urls, { ...LOOPBACK_ONLY, hostDelayMs: 0, ignoreRobots: true }), [
      "stored",
      "stored",
    ]);
    assert.ok(!site.log.slice(before).some((r) => r.path === "/robots.txt"), "--ignore-robots does not even ask");
  });

  it("reads Crawl-delay for sitrep's group and reports it once for the host, in ms", async () => {
    const slow = await serveTestPages({
      "/robots.txt": text(200, "User-agent: sitrep\nCrawl-delay: 0.05\nDisallow: /private/\n"),
      "/news/strike": html(PAGE),
    });
    try {
      const told: [string, number][] = [];
      const check = createRobotsCheck(LOOPBACK_ONLY, 0, (host, ms) => told.push([host, ms]));
      assert.deepEqual(await check(`${slow.origin}/news/strike`), { allowed: true });
      await check(`${slow.origin}/news/other`);
      assert.deepEqual(told, [[new URL(slow.origin).host, 50]]);
      await check(`${site.origin}/news/strike`);
      assert.equal(told.length, 1, "no Crawl-delay line, nothing told");
    } finally {
      await slow.close();
    }
  });

  it("a Crawl-delay of a day is capped; zero or nonsense is none", () => {
    assert.equal(crawlDelayMs(86400), MAX_CRAWL_DELAY_MS);
    assert.equal(crawlDelayMs(2.5), 2500);
    for (const none of [0, -1, Number.NaN, undefined]) assert.equal(crawlDelayMs(none), undefined);
  });

  it("a redirect to another host is queued for that host: its robots.txt is read and obeyed, the document keeps its first URL", async () => {
    const other = await serveTestPages({
      "/robots.txt": text(200, "User-agent: *\nDisallow: /private/\n"),
      "/story": html(PAGE),
      "/private/story": html(PAGE),
    });
    const moved = (to: string) => (_req: unknown, res: import("node:http").ServerResponse) =>
      void res.writeHead(302, { location: to }).end();
    const first = await serveTestPages({
      "/go/open": moved(`${other.origin}/story`),
      "/go/closed": moved(`${other.origin}/private/story`),
    });
    try {
      const items: IngestItem[] = [];
      for await (const item of readInputs(
        [`${first.origin}/go/open`, `${first.origin}/go/closed`],
        undefined as never,
        { ...LOOPBACK_ONLY, hostDelayMs: 0 },
      ))
        items.push(item);
      const stored = items.find((i) => "raw" in i);
      const refused = items.find((i) => "skipped" in i);
      assert.ok(
        stored && "raw" in stored && refused && "skipped" in refused,
        JSON.stringify(items.map((i) => ("raw" in i ? "raw" : i.skipped.reason))),
      );
      assert.equal(stored.raw.origin, `${first.origin}/go/open`);
      assert.equal(stored.raw.meta.finalUrl, `${other.origin}/story`);
      assert.equal(refused.skipped.reason, "robots-disallowed");
      assert.equal(refused.skipped.origin, `${first.origin}/go/closed`);
      assert.equal(
        other.log.filter((r) => r.path === "/robots.txt").length,
        1,
        "the second host's robots.txt was asked for, once",
      );
      assert.ok(!other.log.some((r) => r.path === "/private/story"), "the disallowed page was never requested");
    } finally {
      await first.close();
      await other.close();
    }
  });

  describe("negative cases", () => {
    it("a robots.txt the server fails to give (5xx) disallows the whole host, as RFC 9309 says", async () => {
      const verdict = await createRobotsCheck(LOOPBACK_ONLY)(`${broken.origin}/news/strike`);
      assert.ok(!verdict.allowed && /could not be read .*HTTP 503/.test(verdict.detail));
    });
    it("a missing robots.txt (404) allows everything", async () => {
      const plain = await serveTestPages({ "/news/strike": html(PAGE) });
      try {
        assert.deepEqual(await createRobotsCheck(LOOPBACK_ONLY)(`${plain.origin}/news/strike`), { allowed: true });
      } finally {
        await plain.close();
      }
    });
    it("a refused address is reported by the page fetch (blocked-address), not as a robots matter", async () => {
      assert.deepEqual(await reasons([`${site.origin}/news/strike`], { hostDelayMs: 0 }), ["blocked-address"]);
    });
    it("a host that does not resolve is reported by the page fetch (unresolvable-host), not as robots-disallowed", async () => {
      const lookup = async (): Promise<never> => {
        throw Object.assign(new Error("getaddrinfo ENOTFOUND no-such-host.invalid"), { code: "ENOTFOUND" });
      };
      assert.deepEqual(await reasons(["http://no-such-host.invalid/news/strike"], { hostDelayMs: 0, lookup }), [
        "unresolvable-host",
      ]);
    });
  });
});
