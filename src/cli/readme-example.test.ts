// The README's first ingest line must work in a fresh clone: it names a file the repository ships, and the
// commands after it show what it promises. The line is read from README.md, so the two cannot drift apart.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { projectRoot } from "../paths.js";
import type { ClaimRecord } from "../records/claim-record.js";
import type { EventRecord } from "../records/event-record.js";
import { runCli } from "../testing/run-cli.js";

function readmeIngestArgs(): string[] {
  const readme = readFileSync(join(projectRoot(), "README.md"), "utf8");
  const line = readme.split("\n").find((l) => l.startsWith("npx sitrep ingest "));
  assert.ok(line, "README has an `npx sitrep ingest` line");
  return line.replace(/#.*$/, "").trim().split(/\s+/).slice(2);
}

describe("README example", () => {
  const args = readmeIngestArgs();

  it("ingests a file that ships with the repository, marked invented", () => {
    const [, path] = args;
    assert.ok(!path.startsWith(".."), `${path} lies outside the clone`);
    assert.ok(existsSync(join(projectRoot(), path)), `${path} is not in the repository`);
    assert.match(readFileSync(join(projectRoot(), path, "..", "README.md"), "utf8"), /\*\*invented\*\*/);
  });

  it("runs as written and yields a dated, placed event and competing death tolls", () => {
    const db = join(mkdtempSync(join(tmpdir(), "sitrep-readme-")), "readme.db");
    const ingest = runCli([...args, "--db", db]);
    assert.equal(ingest.status, 0, ingest.stderr);
    const events: EventRecord[] = JSON.parse(runCli(["events", "--format", "json", "--db", db]).stdout);
    assert.ok(
      events.some((e) => e.event_date !== null && e.location !== null && e.fatalities_known),
      JSON.stringify(events.map((e) => [e.event_date, e.location])),
    );
    const claims: ClaimRecord[] = JSON.parse(runCli(["claims", "--format", "json", "--db", db]).stdout);
    const tolls = new Set(claims.filter((c) => c.kind === "fatalities").map((c) => c.count_best));
    assert.ok(
      tolls.size >= 2,
      `competing tolls kept side by side: ${JSON.stringify(claims.map((c) => [c.claimant, c.count_best]))}`,
    );
  });
});
