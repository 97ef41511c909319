// `sitrep watch --once` over a directory: the first poll prints new incidents, a report added to the
// directory prints the incident it joined as changed, and a poll with nothing new prints nothing.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { IncidentChange } from "../merge/diff-incidents.js";
import { runCli } from "../testing/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-watch-"));
const inbox = join(dir, "inbox");
const db = join(dir, "watch.db");
mkdirSync(inbox);

function poll(): IncidentChange[] {
  const out = runCli(["watch", inbox, "--once", "--published", "2026-02-08", "--db", db]);
  assert.equal(out.status, 0, out.stderr);
  return out.stdout.trim() ? out.stdout.trim().split("\n").map((line) => JSON.parse(line) as IncidentChange) : [];
}

describe("cli: sitrep watch", () => {
  it("prints new incidents, then the incident a new report joined, then nothing", () => {
    writeFileSync(join(inbox, "first.txt"), "Russian forces shelled a market in Kramatorsk, Ukraine, on Saturday, killing four people, the regional governor said. Several stalls were destroyed.");
    const first = poll();
    assert.ok(first.length > 0 && first.every((c) => c.change === "new"), JSON.stringify(first));
    writeFileSync(join(inbox, "second.txt"), "Five people were killed when Russian artillery shelled a market in Kramatorsk on Saturday, Ukrainian officials said on Sunday.");
    const second = poll();
    const joined = second.filter((c) => c.change === "changed" && c.incident.sources.length === 2);
    assert.equal(joined.length, 1, JSON.stringify(second.map((c) => [c.change, c.incident.sources.map((s) => s.origin)])));
    assert.ok(first.some((c) => joined[0].replaces.includes(c.incident.incident_id) || c.incident.incident_id === joined[0].incident.incident_id));
    assert.deepEqual(poll(), []);
  });
});
