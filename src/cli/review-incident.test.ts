// `sitrep review inc-…` through the real CLI: an incident is reviewed like an event, and `sitrep incidents`
// then shows the reviewer's value and the decision.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { openSqliteStore } from "../store/sqlite.js";
import { makeDocFor, makeEventRecord } from "../testing/make-event-record.js";
import { runCli } from "../testing/run-cli.js";

const db = join(mkdtempSync(join(tmpdir(), "sitrep-review-incident-")), "cli.db");

before(async () => {
  const store = await openSqliteStore(db);
  const events = [makeEventRecord("doc-r", 1, { fatalities_best: 2, notes: "Troops shelled a ridge, killing two." })];
  await store.saveDocument(makeDocFor("doc-r", events), events);
  await store.close();
});

describe("cli: review an incident", () => {
  it("edits an incident; sitrep incidents shows the reviewed value and the decision", () => {
    const listed = runCli(["incidents", "--format", "jsonl", "--db", db]);
    assert.equal(listed.status, 0, listed.stderr);
    const [incident] = listed.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    assert.match(incident.incident_id, /^inc-/);
    const args = ["review", incident.incident_id, "--set", "fatalities_best=4", "--note", "later toll"];
    const reviewed = runCli([...args, "--reviewer", "ana", "--db", db]);
    assert.equal(reviewed.status, 0, reviewed.stderr);
    assert.match(reviewed.stdout, /edited by ana \(1 review\(s\) in its history\)/);
    const after = JSON.parse(runCli(["incidents", "--format", "jsonl", "--db", db]).stdout.trim());
    assert.equal(after.fatalities_best, 4);
    assert.equal(after.review.status, "edited");
  });

  it("an unknown incident is a clear error", () => {
    const result = runCli(["review", "inc-none", "--confirm", "--reviewer", "ana", "--db", db]);
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /no incident inc-none/);
  });
});
