// The webhook under the fetcher's rules, against a server on 127.0.0.1 (never the network).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { serveTestPages, type TestServer } from "../ingest/fixtures/serve-test-pages.js";
import { postWebhook } from "./post-webhook.js";

describe("watch: webhook", () => {
  const received: { method: string; type: string; body: unknown }[] = [];
  let site: TestServer;
  before(async () => {
    site = await serveTestPages({
      "/hook": async (req, res) => {
        let body = "";
        for await (const chunk of req) body += chunk;
        received.push({ method: req.method ?? "", type: req.headers["content-type"] ?? "", body: JSON.parse(body) });
        res.writeHead(200).end("ok");
      },
      "/moved": (_req, res) => void res.writeHead(307, { location: "/hook" }).end(),
      "/broken": (_req, res) => void res.writeHead(500).end(),
    });
  });
  after(() => site.close());

  it("POSTs the payload as JSON when private addresses are allowed", async () => {
    const outcome = await postWebhook(
      `${site.origin}/hook`,
      { change: "new", incident: { incident_id: "inc-1" } },
      { allowPrivate: true },
    );
    assert.deepEqual(outcome, { ok: true, status: 200 });
    assert.deepEqual(received.at(-1), {
      method: "POST",
      type: "application/json",
      body: { change: "new", incident: { incident_id: "inc-1" } },
    });
  });

  describe("negative cases", () => {
    it("refuses loopback unless allowed, other schemes, redirects and error answers, without throwing", async () => {
      const count = received.length;
      const refused = await postWebhook(`${site.origin}/hook`, {});
      assert.ok(!refused.ok && /loopback/.test(refused.reason), JSON.stringify(refused));
      const scheme = await postWebhook("file:///etc/passwd", {}, { allowPrivate: true });
      assert.ok(!scheme.ok && /not an http\(s\) URL/.test(scheme.reason));
      const moved = await postWebhook(`${site.origin}/moved`, {}, { allowPrivate: true });
      assert.ok(!moved.ok && /HTTP 307/.test(moved.reason));
      const broken = await postWebhook(`${site.origin}/broken`, {}, { allowPrivate: true });
      assert.ok(!broken.ok && /HTTP 500/.test(broken.reason));
      const allowedOne = await postWebhook(`${site.origin}/hook`, { n: 1 }, { allowedAddresses: ["127.0.0.1"] });
      assert.ok(allowedOne.ok, "a single allowed address passes as the fetcher's allowedAddresses does");
      assert.equal(received.length, count + 1, "nothing but the allowed POST arrived (no redirect followed)");
    });
  });
});
