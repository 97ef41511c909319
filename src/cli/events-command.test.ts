// `sitrep events`, `export`, `review` and `show` through the real CLI, on a store of invented records.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { parse } from "csv-parse/sync";
import { ACLED_COLUMNS } from "../export/acled-columns.js";
import { openSqliteStore } from "../store/sqlite.js";
import { makeDocFor, makeEventRecord } from "../testing/make-event-record.js";
import { runCli } from "../testing/run-cli.js";
import { countKnownInputs } from "./ingest-command.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-events-cli-"));
const db = join(dir, "cli.db");
after(() => rmSync(dir, { recursive: true, force: true }));

before(async () => {
  const store = await openSqliteStore(db);
  const events = [
    makeEventRecord("doc-x", 1, {
      event_date: "2024-05-01",
      fatalities_best: 2,
      notes: "Troops shelled a ridge, killing two.",
    }),
    makeEventRecord("doc-x", 2, {
      event_date: "2024-05-03",
      iso3: "UGA",
      country: "Uganda",
      fatalities_best: 9,
      notes: "A bomb exploded, in a market, at noon.",
    }),
    makeEventRecord("doc-x", 3, {
      event_date: "2024-05-02",
      actor2: "Civilians (Kenya)",
      fatalities_best: 0,
      notes: "Police beat protesters.",
    }),
  ];
  await store.saveDocument(makeDocFor("doc-x", events), events);
  await store.close();
});

const cli = (...args: string[]) => {
  const result = runCli([...args, "--db", db]);
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
};

describe("cli: events, export, review, show", () => {
  it("events takes the API's filters and sort, and streams jsonl", () => {
    const lines = cli("events", "--format", "jsonl", "--country", "KEN", "--sort", "fatalities").trim().split("\n");
    assert.deepEqual(
      lines.map((l) => JSON.parse(l).event_id),
      ["doc-x-3", "doc-x-1"],
    );
    assert.deepEqual(
      JSON.parse(cli("events", "--q", "market", "--limit", "5")).map((e: { event_id: string }) => e.event_id),
      ["doc-x-2"],
    );
    const bad = runCli(["events", "--from", "May 1", "--db", db]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /from: use YYYY-MM-DD/);
  });
  it("review edits an event; export --reviewed writes ACLED's columns in ACLED's order with the reviewed value", () => {
    assert.match(
      cli(
        "review",
        "doc-x-1",
        "--set",
        "fatalities_best=5",
        "--set",
        "assoc_actor_1=A;B",
        "--note",
        "later toll",
        "--reviewer",
        "ana",
      ),
      /edited by ana/,
    );
    const csv = cli("export", "--reviewed", "--format", "acled-csv");
    const [header] = csv.split("\n");
    assert.deepEqual(header!.split(",").slice(0, ACLED_COLUMNS.length), [...ACLED_COLUMNS]);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    assert.deepEqual(
      rows.map((r) => [r.event_id_cnty, r.fatalities, r.assoc_actor_1, r.review_status, r.reviewer]),
      [["doc-x-1", "5", "A; B", "edited", "ana"]],
    );
    const notes = (parse(cli("export", "--format", "acled-csv"), { columns: true }) as Record<string, string>[]).find(
      (r) => r.event_id_cnty === "doc-x-2",
    )!.notes;
    assert.equal(notes, "A bomb exploded, in a market, at noon.", "commas survive quoting");
  });
  it("review refuses a field that cannot be reviewed or a value of the wrong type", () => {
    for (const set of ["event_id=x", "fatalities_best=many", "latitude=200"]) {
      const result = runCli(["review", "doc-x-2", "--set", set, "--reviewer", "ana", "--db", db]);
      assert.equal(result.status, 2, set);
    }
  });
  it("show prints the document and its layers as aligned text, and --json the record", () => {
    const text = cli("show", "doc-x");
    assert.match(text, /^document +doc-x$/m);
    assert.match(text, /== events \(3\)/);
    assert.equal(JSON.parse(cli("show", "doc-x", "--json")).document_id, "doc-x");
  });
  it("serve refuses a non-loopback host without SITREP_TOKEN", () => {
    const result = runCli(["serve", "--host", "0.0.0.0", "--port", "0", "--db", db], { env: { SITREP_TOKEN: "" } });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /set SITREP_TOKEN/);
  });
  it("ingest knows the total only for files named one by one", () => {
    assert.equal(countKnownInputs([db, db]), 2);
    assert.equal(countKnownInputs([db, "https://example.org/x"]), undefined);
    assert.equal(countKnownInputs([tmpdir()]), undefined);
  });
});
