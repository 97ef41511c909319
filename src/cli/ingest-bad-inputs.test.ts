// Issue #16's bar, through the real CLI: a directory of inputs that each once crashed or stalled `sitrep ingest`
// (two pages that break the HTML parser or Readability, a 5,000-deep nest, a 200 KB run of spaces, a JSONL file
// mixing good and bad lines) beside two good reports ingests in seconds: exit 0, no stack trace, a row per input.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { readInventedReport } from "../testing/fixtures.js";
import { runCli } from "../testing/run-cli.js";

// The repository's invented report stands for a real one (it ships; ../shared may be absent).
const seed = readInventedReport();
// A second good document, written here, that is not a copy of the first.
const invented = [
  "Gunmen kill four at police post in northern town",
  "Gunmen attacked a police post in the northern town of Ravenfield on Tuesday night, killing four officers and wounding two others, a provincial spokesman said on Wednesday.",
  "The attackers arrived on motorcycles shortly before midnight and fled after a gun battle that lasted about an hour, the spokesman said. No group has claimed responsibility.",
].join("\n\n");

// A third, for the deep nest to hold: its words must survive the flattening.
const nested =
  "Shelling hit a market in the eastern district of Tarrow on Friday morning, killing at least six civilians and injuring a dozen more, local officials said. Residents said the shells came from positions across the river.";

type Row = { origin: string; status: string; reason: string | null; stage: string | null; duplicate_of: string | null };

describe("cli: one bad input never ends an ingest", () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bad-inputs-"));
  const db = join(dir, "..", `${dir.split("/").pop()}.db`);
  after(() => {
    for (const path of [dir, db, `${db}-wal`, `${db}-shm`]) rmSync(path, { recursive: true, force: true });
  });
  let first: ReturnType<typeof runCli>;
  let seconds = 0;
  let rows: Row[];
  const byName = (name: string) => rows.find((r) => r.origin.endsWith(name));

  before(() => {
    writeFileSync(join(dir, "crash-empty-root.html"), "<!<body>"); // linkedom: documentElement is null
    writeFileSync(join(dir, "crash-readability.html"), "</body><ul>><<p><p><title><option><option><tr>"); // tagName of null
    writeFileSync(join(dir, "deep.html"), "<div>".repeat(5000) + `<p>${nested}</p>` + "</div>".repeat(5000));
    writeFileSync(join(dir, "spaces.txt"), seed.slice(0, 300) + " ".repeat(190 * 1024) + "\nend of the page");
    const lines = [
      JSON.stringify({ id: "wire-copy", text: invented }),
      "{broken",
      JSON.stringify({ id: "bad-html", html: "<!<body>" }),
      JSON.stringify({ title: "no body" }),
    ];
    writeFileSync(join(dir, "mixed.jsonl"), lines.join("\n") + "\n");
    writeFileSync(join(dir, "seed.txt"), seed);
    writeFileSync(join(dir, "invented.txt"), invented);
    const started = Date.now();
    first = runCli(["ingest", dir, "--db", db, "--published", "2021-06-28"]);
    seconds = (Date.now() - started) / 1000;
    rows = JSON.parse(runCli(["documents", "--db", db]).stdout);
  });

  it("exits 0 without a stack trace, in a generous time", () => {
    assert.equal(first.status, 0, first.stderr);
    assert.doesNotMatch(first.stderr, /\n\s+at .+:\d+:\d+/, "a stack trace reached the user");
    assert.match(first.stderr, /ingested 10 input\(s\)/);
    assert.ok(seconds < 180, `took ${seconds} s`);
  });

  it("stores both good reports", () => {
    assert.equal(byName("seed.txt")?.status, "ok");
    assert.equal(byName("invented.txt")?.status, "ok");
  });

  it("keeps a row for every input, with its stage and reason", () => {
    assert.equal(rows.length, 10, JSON.stringify(rows.map((r) => r.origin)));
    assert.deepEqual(
      [byName("crash-empty-root.html")?.stage, byName("crash-empty-root.html")?.reason],
      ["clean", "failed"],
    );
    assert.equal(byName("crash-readability.html")?.status, "skipped");
    assert.equal(byName("crash-readability.html")?.stage, "clean");
    assert.equal(byName("mixed.jsonl:2")?.reason, "bad-jsonl");
    assert.equal(byName("mixed.jsonl:4")?.reason, "bad-jsonl");
    assert.deepEqual([byName("bad-html")?.stage, byName("bad-html")?.reason], ["clean", "failed"]);
    assert.equal(byName("spaces.txt")?.status, "ok", "190 KB of spaces cleans in linear time");
  });

  it("keeps the words of the deep nest, and records the JSONL copy of a stored report as its duplicate", () => {
    const deep = byName("deep.html") as Row & { text_length: number };
    assert.equal(deep.status, "ok");
    assert.ok(deep.text_length >= nested.length - 5, String(deep.text_length));
    const copy = byName("wire-copy");
    assert.equal(copy?.reason, "duplicate");
    assert.ok(copy?.duplicate_of);
  });

  it("re-running the same directory adds no row", () => {
    const again = runCli(["ingest", dir, "--db", db, "--published", "2021-06-28"]);
    assert.equal(again.status, 0, again.stderr);
    assert.equal(JSON.parse(runCli(["documents", "--db", db]).stdout).length, rows.length);
  });
});
