import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { type FetchOutcome, fetchUrl } from "./fetch-url.js";
import { serveTestPages, type TestServer } from "./fixtures/serve-test-pages.js";
import type { LookupAll } from "./resolve-checked-address.js";

const STORY =
  "<html><body><p>The Pentagon said operational and weapons storage facilities were struck near the Syrian-Iraqi border.</p></body></html>";
// The loopback test server is the one address let through; every other private address stays refused.
const LOOPBACK_ONLY = { allowedAddresses: ["127.0.0.1"] };

function skippedReason(outcome: FetchOutcome): string {
  assert.ok("skipped" in outcome, "expected a skipped fetch");
  return outcome.skipped.reason;
}

describe("fetch-url", () => {
  let server: TestServer;
  before(async () => {
    server = await serveTestPages({
      "/story": (_req, res) =>
        void res
          .writeHead(200, { "content-type": "text/html", "last-modified": "Mon, 28 Jun 2021 06:00:00 GMT" })
          .end(STORY),
      "/moved": (_req, res) => void res.writeHead(301, { location: "/story" }).end(),
      "/to-metadata": (_req, res) =>
        void res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
      "/to-mapped": (_req, res) => void res.writeHead(302, { location: "http://[::ffff:10.0.0.7]/" }).end(),
      "/loop-a": (_req, res) => void res.writeHead(302, { location: "/loop-b" }).end(),
      "/loop-b": (_req, res) => void res.writeHead(302, { location: "/loop-a" }).end(),
      "/huge": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        const chunk = "<p>" + "x".repeat(1020) + "</p>";
        let sent = 0;
        const pump = () => {
          while (sent < 4096 && res.write(chunk)) sent++;
          if (sent < 4096) res.once("drain", pump);
          else res.end();
        };
        pump();
      },
      "/slow": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        res.write("<p>The first words arrive");
        setTimeout(() => res.end("</p>"), 2000).unref();
      },
      "/gone": (_req, res) => void res.writeHead(404).end(),
      // 8 MB of spaces that gzip to a few KB: the cap must apply to what the body decompresses to.
      "/bomb": (_req, res) =>
        void res
          .writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" })
          .end(gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20))),
      "/gzipped": (_req, res) =>
        void res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(STORY)),
    });
  });
  after(() => server.close());

  it("fetches a page from an allowed address, with its final URL and headers", async () => {
    const outcome = await fetchUrl(`${server.origin}/moved`, LOOPBACK_ONLY);
    assert.ok("fetched" in outcome);
    assert.equal(outcome.fetched.finalUrl, `${server.origin}/story`);
    assert.equal(outcome.fetched.bytes.toString(), STORY);
    assert.equal(outcome.fetched.headers["last-modified"], "Mon, 28 Jun 2021 06:00:00 GMT");
  });

  it("refuses loopback by default, before any request is sent", async () => {
    const before = server.log.length;
    const outcome = await fetchUrl(`${server.origin}/story`);
    assert.equal(skippedReason(outcome), "blocked-address");
    assert.ok("skipped" in outcome && /loopback/.test(outcome.skipped.detail));
    assert.equal(server.log.length, before, "the server saw no request");
  });

  it("allowPrivate lets loopback through", async () => {
    assert.ok("fetched" in (await fetchUrl(`${server.origin}/story`, { allowPrivate: true })));
  });

  it("checks every redirect hop: a redirect to the cloud metadata address is refused", async () => {
    const outcome = await fetchUrl(`${server.origin}/to-metadata`, LOOPBACK_ONLY);
    assert.equal(skippedReason(outcome), "blocked-address");
    assert.ok("skipped" in outcome && /169\.254\.169\.254.*link-local/.test(outcome.skipped.detail));
  });

  it("a redirect to an IPv4-mapped IPv6 private address is refused", async () => {
    assert.equal(skippedReason(await fetchUrl(`${server.origin}/to-mapped`, LOOPBACK_ONLY)), "blocked-address");
  });

  it("a redirect loop stops with too-many-redirects", async () => {
    const outcome = await fetchUrl(`${server.origin}/loop-a`, LOOPBACK_ONLY);
    assert.equal(skippedReason(outcome), "too-many-redirects");
  });

  it("more redirects than the limit stop with too-many-redirects", async () => {
    assert.equal(
      skippedReason(await fetchUrl(`${server.origin}/moved`, { ...LOOPBACK_ONLY, maxRedirects: 0 })),
      "too-many-redirects",
    );
  });

  it("with stopAtOtherHost a redirect to another host is handed back with its hop count; the same host is followed", async () => {
    const elsewhere = await serveTestPages({
      "/away": (_req, res) => void res.writeHead(302, { location: `${server.origin}/moved` }).end(),
    });
    try {
      const outcome = await fetchUrl(`${elsewhere.origin}/away`, { ...LOOPBACK_ONLY, stopAtOtherHost: true });
      assert.deepEqual(outcome, { redirected: { to: `${server.origin}/moved`, hops: 1 } });
      const followed = await fetchUrl(`${server.origin}/moved`, {
        ...LOOPBACK_ONLY,
        stopAtOtherHost: true,
        hopsSoFar: 1,
      });
      assert.ok("fetched" in followed && followed.fetched.finalUrl === `${server.origin}/story`);
      // Hops handed back count on: a ping-pong between two hosts still meets the redirect limit.
      assert.equal(
        skippedReason(
          await fetchUrl(`${server.origin}/moved`, {
            ...LOOPBACK_ONLY,
            stopAtOtherHost: true,
            hopsSoFar: 5,
            maxRedirects: 5,
          }),
        ),
        "too-many-redirects",
      );
    } finally {
      await elsewhere.close();
    }
  });

  it("a response over the byte cap is cut off as too-large", async () => {
    const outcome = await fetchUrl(`${server.origin}/huge`, { ...LOOPBACK_ONLY, maxBytes: 64 * 1024 });
    assert.equal(skippedReason(outcome), "too-large");
  });

  it("a gzip body is decompressed, and a small body that inflates past the cap is too-large", async () => {
    const outcome = await fetchUrl(`${server.origin}/gzipped`, LOOPBACK_ONLY);
    assert.ok("fetched" in outcome && outcome.fetched.bytes.toString() === STORY);
    assert.equal(
      skippedReason(await fetchUrl(`${server.origin}/bomb`, { ...LOOPBACK_ONLY, maxBytes: 64 * 1024 })),
      "too-large",
    );
  });

  it("a server that stalls past the deadline is a timeout", async () => {
    const started = Date.now();
    const outcome = await fetchUrl(`${server.origin}/slow`, { ...LOOPBACK_ONLY, timeoutMs: 300 });
    assert.equal(skippedReason(outcome), "timeout");
    assert.ok(Date.now() - started < 1500, "gave up near the deadline, not when the server finished");
  });

  it("an HTTP error, a dead port and a non-http scheme are skipped with reasons, never thrown", async () => {
    assert.equal(skippedReason(await fetchUrl(`${server.origin}/gone`, LOOPBACK_ONLY)), "fetch-failed");
    assert.equal(skippedReason(await fetchUrl("http://127.0.0.1:1/", LOOPBACK_ONLY)), "fetch-failed");
    assert.equal(skippedReason(await fetchUrl("file:///etc/passwd", LOOPBACK_ONLY)), "bad-url");
  });
});

describe("fetch-url: DNS answers are checked, then the checked address is the one connected to", () => {
  let server: TestServer;
  before(async () => {
    server = await serveTestPages({
      "/story": (_req, res) => void res.writeHead(200, { "content-type": "text/html" }).end(STORY),
    });
  });
  after(() => server.close());

  const answering =
    (...addresses: string[]): LookupAll =>
    async () =>
      addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

  it("a name that resolves to loopback is refused by default", async () => {
    const outcome = await fetchUrl(`http://news.test:${server.port}/story`, { lookup: answering("127.0.0.1") });
    assert.equal(skippedReason(outcome), "blocked-address");
  });

  it("a name with one public and one private answer is refused (a rebinding setup)", async () => {
    const outcome = await fetchUrl(`http://news.test:${server.port}/story`, {
      lookup: answering("93.184.216.34", "10.0.0.1"),
    });
    assert.equal(skippedReason(outcome), "blocked-address");
  });

  it("with --allow-private the request goes to the resolved address and still names the host", async () => {
    let lookups = 0;
    const lookup: LookupAll = async () => (lookups++, [{ address: "127.0.0.1", family: 4 }]);
    const outcome = await fetchUrl(`http://news.test:${server.port}/story`, { allowPrivate: true, lookup });
    assert.ok("fetched" in outcome);
    assert.equal(lookups, 1, "resolved once");
    assert.equal(server.log.at(-1)?.host, `news.test:${server.port}`);
  });
});
