// `sitrep watch --once` as a user runs it, on a local directory and on a feed served from 127.0.0.1: new
// incidents first, then the incident a new report joined, and nothing read twice, across separate runs
// (each poll is a fresh process on the same --db, as a restarted watch is). Notifications go to stdout and,
// filtered, to a webhook on a local server.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type Route, serveTestPages, type TestServer } from "../ingest/fixtures/serve-test-pages.js";
import type { IncidentChange } from "../merge/diff-incidents.js";
import { runCli, spawnCli } from "../testing/run-cli.js";

const MARKET =
  "Russian forces shelled a market in Kramatorsk, Ukraine, on Saturday, killing four people, the regional governor said. Several stalls were destroyed.";
const MARKET_TOLL =
  "Five people were killed when Russian artillery shelled a market in Kramatorsk on Saturday, Ukrainian officials said on Sunday.";
const CAMP =
  "An Israeli air strike hit a tent camp in Rafah, Gaza, on Saturday, killing seven people, the health ministry said. Rescuers searched the rubble.";

type Poll = { changes: IncidentChange[]; stderr: string };

function parsePoll(out: { status: number | null; stdout: string; stderr: string }): Poll {
  assert.equal(out.status, 0, out.stderr);
  return {
    changes: out.stdout.trim()
      ? out.stdout
          .trim()
          .split("\n")
          .map((line) => JSON.parse(line) as IncidentChange)
      : [],
    stderr: out.stderr,
  };
}

const seenBefore = (poll: Poll) => Number(/(\d+) item\(s\) seen before/.exec(poll.stderr)?.[1]);

describe("cli: sitrep watch over a directory", () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-watch-"));
  const inbox = join(dir, "inbox");
  const db = join(dir, "watch.db");
  mkdirSync(inbox);
  const poll = () => parsePoll(runCli(["watch", inbox, "--once", "--published", "2026-02-08", "--db", db]));

  it("prints new incidents, then the incident a new report joined, then nothing; old files are not read again", () => {
    writeFileSync(join(inbox, "first.txt"), MARKET);
    const first = poll().changes;
    assert.ok(first.length > 0 && first.every((c) => c.change === "new"), JSON.stringify(first));
    writeFileSync(join(inbox, "second.txt"), MARKET_TOLL);
    const second = poll();
    assert.equal(seenBefore(second), 1, second.stderr);
    assert.match(second.stderr, /1 read, 1 new report/);
    const joined = second.changes.filter((c) => c.change === "changed" && c.incident.sources.length === 2);
    assert.equal(
      joined.length,
      1,
      JSON.stringify(second.changes.map((c) => [c.change, c.incident.sources.map((s) => s.origin)])),
    );
    assert.ok(
      first.some(
        (c) =>
          joined[0].replaces.includes(c.incident.incident_id) ||
          c.incident.incident_id === joined[0].incident.incident_id,
      ),
    );
    const third = poll();
    assert.deepEqual(third.changes, []);
    assert.equal(seenBefore(third), 2);
    assert.match(third.stderr, /0 read/);
  });

  describe("negative cases", () => {
    it("a bad --bbox or a saved filter with an unknown field is refused before anything is read", () => {
      const bbox = runCli(["watch", inbox, "--once", "--bbox", "40,10,30,20", "--db", db]);
      assert.notEqual(bbox.status, 0);
      assert.match(bbox.stderr, /west,south,east,north/);
      const file = join(dir, "bad-filter.json");
      writeFileSync(file, JSON.stringify({ country: ["Ukraine"], colour: "red" }));
      const filter = runCli(["watch", inbox, "--once", "--filter", file, "--db", db]);
      assert.notEqual(filter.status, 0);
      assert.match(filter.stderr, /bad-filter\.json.*colour/);
    });
  });
});

describe("cli: sitrep watch over a feed on a local server, with a filtered webhook", () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-watch-feed-"));
  const db = join(dir, "watch.db");
  const pages: Record<string, string> = { "/news/market": MARKET, "/news/camp": CAMP };
  const hooks: IncidentChange[] = [];
  let site: TestServer;

  const feed: Route = (_req, res) => {
    const items = Object.keys(pages).map(
      (path) =>
        `<item><title>${path}</title><link>${site.origin}${path}</link><pubDate>Sun, 08 Feb 2026 09:00:00 GMT</pubDate></item>`,
    );
    res
      .writeHead(200, { "content-type": "application/rss+xml" })
      .end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Local wire</title>${items.join("")}</channel></rss>`,
      );
  };
  const page =
    (path: string): Route =>
    (_req, res) =>
      void res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end(pages[path]);
  const hook: Route = async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    hooks.push(JSON.parse(body) as IncidentChange);
    res.writeHead(204).end();
  };

  before(async () => {
    site = await serveTestPages({
      "/feed.xml": feed,
      "/news/market": page("/news/market"),
      "/news/camp": page("/news/camp"),
      "/news/toll": (_q, r) => void r.writeHead(200, { "content-type": "text/plain" }).end(MARKET_TOLL),
      "/hook": hook,
    });
  });
  after(() => site.close());

  async function poll(extra: string[] = []): Promise<Poll> {
    const args = [
      "watch",
      `${site.origin}/feed.xml`,
      "--once",
      "--allow-private",
      "--country",
      "Ukraine",
      "--webhook",
      `${site.origin}/hook`,
      "--db",
      db,
      ...extra,
    ];
    return parsePoll(await spawnCli(args).done);
  }
  const fetched = (path: string) => site.log.filter((r) => r.path === path).length;

  it("fetches only new items, notifies only Ukrainian incidents, and posts the same lines to the webhook", async () => {
    const first = await poll();
    assert.deepEqual([fetched("/news/market"), fetched("/news/camp")], [1, 1]);
    assert.ok(
      first.changes.length > 0 && first.changes.every((c) => c.incident.iso3 === "UKR"),
      JSON.stringify(first.changes.map((c) => c.incident.country)),
    );
    assert.deepEqual(hooks, first.changes);

    pages["/news/toll"] = MARKET_TOLL;
    hooks.length = 0;
    const second = await poll();
    assert.deepEqual(
      [fetched("/news/market"), fetched("/news/camp"), fetched("/news/toll")],
      [1, 1, 1],
      "old items are not fetched again",
    );
    assert.equal(seenBefore(second), 2, second.stderr);
    const joined = second.changes.find((c) => c.change === "changed" && c.incident.sources.length === 2);
    assert.ok(joined, JSON.stringify(second.changes));
    assert.deepEqual(hooks, second.changes);

    const third = await poll();
    assert.deepEqual([third.changes, seenBefore(third), fetched("/news/toll")], [[], 3, 1]);
  });

  describe("negative cases", () => {
    it("without --allow-private the loopback webhook is refused and reported, and the watch still succeeds", async () => {
      hooks.length = 0;
      const dir2 = mkdtempSync(join(tmpdir(), "sitrep-watch-hook-"));
      writeFileSync(join(dir2, "market.txt"), MARKET);
      const out = parsePoll(
        await spawnCli([
          "watch",
          dir2,
          "--once",
          "--published",
          "2026-02-08",
          "--webhook",
          `${site.origin}/hook`,
          "--db",
          join(dir2, "w.db"),
        ]).done,
      );
      assert.ok(out.changes.length > 0);
      assert.match(out.stderr, /webhook: not delivered .*loopback address/);
      assert.equal(hooks.length, 0);
    });
  });
});
