import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Hono } from "hono";
import { HttpError } from "./http-error.js";
import { limitRate } from "./rate-limit.js";

function appWithLimit(clock: { now: number }) {
  const app = new Hono();
  app.on(
    "POST",
    "/w",
    limitRate({ perMinute: 6, burst: 2, maxClients: 10 }, () => clock.now),
  );
  app.post("/w", (c) => c.json({ ok: true }));
  app.get("/r", (c) => c.json({ ok: true }));
  app.onError((error, c) =>
    error instanceof HttpError ? c.json({ code: error.code }, error.status) : c.json({}, 500),
  );
  return app;
}

describe("api: write rate limit", () => {
  it("a burst passes, the next write is 429 with Retry-After, and a token comes back after its share of a minute", async () => {
    const clock = { now: 0 };
    const app = appWithLimit(clock);
    const post = () => app.request("/w", { method: "POST" });
    assert.deepEqual([(await post()).status, (await post()).status], [200, 200]);
    const refused = await post();
    assert.equal(refused.status, 429);
    assert.deepEqual(await refused.json(), { code: "rate-limited" });
    assert.equal(refused.headers.get("Retry-After"), "10"); // 6 a minute: one token every 10 s
    clock.now += 10_000;
    assert.equal((await post()).status, 200);
    assert.equal((await post()).status, 429);
  });

  it("reads are not limited", async () => {
    const app = appWithLimit({ now: 0 });
    for (let i = 0; i < 5; i++) assert.equal((await app.request("/r")).status, 200);
  });
});
