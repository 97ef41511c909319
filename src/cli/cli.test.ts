// The foundation's contract, end to end through the CLI: ingest a report, read the public JSON. The
// invented report ships with sitrep; the seed article (../shared) is checked where it is present.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import type { EventRecord } from "../records/event-record.js";
import { assertEvidenceIsSlice } from "../testing/assert-evidence.js";
import { inventedReportPath, needsSeedArticle, sharedPath } from "../testing/fixtures.js";
import { runCli } from "../testing/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-cli-"));
const db = join(dir, "test.db");
const seed = sharedPath("fixtures", "seed-article.txt");
const report = inventedReportPath();

describe("cli: invented report end to end", () => {
  const reportDb = join(dir, "report.db");
  let events: EventRecord[];
  let text: string;

  before(() => {
    const ingest = runCli(["ingest", report, "--published", "2021-06-28", "--db", reportDb]);
    assert.equal(ingest.status, 0, ingest.stderr);
    const out = runCli(["events", "--format", "json", "--db", reportDb]);
    assert.equal(out.status, 0, out.stderr);
    events = JSON.parse(out.stdout);
    const [doc] = JSON.parse(runCli(["documents", "--db", reportDb]).stdout);
    text = JSON.parse(runCli(["show", doc.document_id, "--json", "--db", reportDb]).stdout).text;
  });

  it("yields Sunday's drone strike near Kirkuk, dated the day before the Monday publication, with its toll", () => {
    const strike = events.find((e) => e.event_date === "2021-06-27" && e.sub_event_type === "Air/drone strike");
    assert.ok(strike, JSON.stringify(events.map((e) => [e.event_date, e.sub_event_type])));
    assert.equal(strike.iso3, "IRQ");
    assert.equal(strike.fatalities_best, 4);
    for (const field of ["event_type", "event_date", "location", "fatalities"])
      assert.ok(strike.evidence[field]?.length, `no evidence for ${field}`);
  });

  it("every evidence span's text is exactly the document's slice", () => {
    const checked = assertEvidenceIsSlice(events, text);
    assert.ok(checked > 10, `only ${checked} evidence spans`);
  });

  it("sources name the input path and the publication date", () => {
    for (const event of events)
      assert.deepEqual(
        event.sources.map((s) => [s.origin, s.published]),
        [[report, "2021-06-28"]],
      );
  });

  it("csv has the contract's columns and one row per event; geojson only events with coordinates", () => {
    const csv = runCli(["events", "--format", "csv", "--db", reportDb]).stdout.trim().split("\n");
    assert.ok(
      csv[0].startsWith(
        "event_id,event_date,date_start,date_end,time_precision,disorder_type,event_type,sub_event_type,actor1",
      ),
    );
    assert.equal(csv.length, events.length + 1);
    const geo = JSON.parse(runCli(["events", "--format", "geojson", "--db", reportDb]).stdout);
    assert.equal(geo.type, "FeatureCollection");
    assert.ok(geo.features.length > 0);
    assert.equal(geo.features.length, events.filter((e) => e.latitude !== null).length);
  });

  it("claims: the police tally as JSON and one csv row per claim; --chain follows an 'in response to' link", () => {
    const claims = JSON.parse(runCli(["claims", "--format", "json", "--db", reportDb]).stdout);
    assert.ok(
      claims.some((c: { kind: string; count_low: number }) => c.kind === "tally" && c.count_low === 6),
      JSON.stringify(claims),
    );
    const csv = runCli(["claims", "--format", "csv", "--db", reportDb]).stdout.trim().split("\n");
    assert.ok(csv[0].startsWith("claim_id,kind,claimant"));
    assert.equal(csv.length, claims.length + 1);
    const responder = events.find((e) => e.in_response_to.length > 0);
    assert.ok(responder, "the jets' strikes answer the rocket attack");
    const chain = JSON.parse(runCli(["events", "--chain", responder.event_id, "--db", reportDb]).stdout).map(
      (e: EventRecord) => e.event_id,
    );
    assert.deepEqual(chain.sort(), [responder.event_id, ...responder.in_response_to].sort());
  });
});

describe("cli: seed article end to end", needsSeedArticle(), () => {
  let events: EventRecord[];
  let text: string;

  before(() => {
    const ingest = runCli(["ingest", seed, "--published", "2021-06-28", "--db", db]);
    assert.equal(ingest.status, 0, ingest.stderr);
    const out = runCli(["events", "--format", "json", "--db", db]);
    assert.equal(out.status, 0, out.stderr);
    events = JSON.parse(out.stdout);
    const [doc] = JSON.parse(runCli(["documents", "--db", db]).stdout);
    text = JSON.parse(runCli(["show", doc.document_id, "--json", "--db", db]).stdout).text;
  });

  it("yields the June 27, 2021 US airstrike on Kata'ib Hezbollah / Kata'ib Sayyid al-Shuhada", () => {
    const strike = events.find((e) => e.event_date === "2021-06-27");
    assert.ok(strike, JSON.stringify(events.map((e) => [e.event_date, e.sub_event_type])));
    assert.equal(strike.event_type, "Explosions/Remote violence");
    assert.equal(strike.sub_event_type, "Air/drone strike");
    assert.equal(strike.disorder_type, "Political violence");
    assert.equal(strike.actor1, "Military Forces of the United States");
    assert.deepEqual([strike.actor2, ...strike.assoc_actor_2].sort(), [
      "Kata'ib Hezbollah",
      "Kata'ib Sayyid al-Shuhada",
    ]);
    assert.ok(["Syria", "Iraq"].includes(strike.country ?? ""), String(strike.country));
    assert.equal(strike.fatalities_known, false);
    assert.equal(strike.fatalities_best, null);
    assert.equal(strike.evidence.fatalities?.[0].text, "no immediate reports of casualties");
    for (const field of ["event_type", "event_date", "actor1", "actor2", "location"])
      assert.ok(strike.evidence[field]?.length, `no evidence for ${field}`);
  });

  it("every evidence span's text is exactly the document's slice", () => {
    const checked = assertEvidenceIsSlice(events, text);
    assert.ok(checked > 10, `only ${checked} evidence spans`);
  });

  it("invents no events from the Iranian election or the Vienna talks", () => {
    for (const event of events) assert.doesNotMatch(event.notes, /elected|Vienna|nuclear program/);
  });

  it("sources name the input path and the publication date", () => {
    for (const event of events)
      assert.deepEqual(
        event.sources.map((s) => [s.origin, s.published]),
        [[seed, "2021-06-28"]],
      );
  });
});

describe("cli: bad input and usage", () => {
  it("records binary, empty and invalid UTF-8 files as skipped, reports a missing path, and keeps going", () => {
    const bad = mkdtempSync(join(tmpdir(), "sitrep-bad-"));
    writeFileSync(join(bad, "empty.txt"), "");
    writeFileSync(join(bad, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    writeFileSync(join(bad, "latin1.txt"), Buffer.from("Bombardement \xe0 Alep", "latin1"));
    writeFileSync(join(bad, "good.txt"), readFileSync(report));
    const badDb = join(bad, "bad.db");
    const result = runCli(["ingest", bad, join(bad, "missing.txt"), "--db", badDb, "--published", "2021-06-28"]);
    assert.equal(result.status, 1, "a missing path makes the run fail after the rest is stored");
    assert.match(result.stderr, /missing\.txt: no such file or directory/);
    const docs = JSON.parse(runCli(["documents", "--db", badDb]).stdout);
    const byOrigin = Object.fromEntries(docs.map((d: { origin: string }) => [d.origin.split("/").pop(), d]));
    assert.equal(byOrigin["empty.txt"].reason, "empty");
    assert.equal(byOrigin["binary.txt"].reason, "binary");
    assert.equal(byOrigin["latin1.txt"].reason, "invalid-encoding");
    assert.equal(byOrigin["good.txt"].status, "ok");
  });

  it("stdin JSONL lines become documents with their own ids and dates", () => {
    const jsonl =
      JSON.stringify({ id: "wire-1", text: readFileSync(report, "utf8"), published: "2021-06-28", publisher: "Wire" }) +
      "\n{broken\n";
    const stdinDb = join(dir, "stdin.db");
    const result = runCli(["ingest", "-", "--db", stdinDb], { input: jsonl });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /line 2 is not JSON/);
    const docs = JSON.parse(runCli(["documents", "--db", stdinDb]).stdout);
    assert.deepEqual(
      docs.map((d: { origin: string; status: string }) => [d.origin, d.status]).sort(),
      [
        ["-:2", "skipped"],
        ["wire-1", "ok"],
      ]
        .sort()
        .map(([o, s]) => [o === "-:2" ? "stdin:2" : o, s]),
    );
  });

  it("a source date it cannot read is noted on ingest and passed over, not stored raw", () => {
    const jsonl =
      JSON.stringify({ id: "vague", text: readFileSync(report, "utf8"), published: "early last week" }) + "\n";
    const vagueDb = join(dir, "vague.db");
    const result = runCli(["ingest", "-", "--published", "2021-06-28", "--db", vagueDb], { input: jsonl });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /note: vague: the source date "early last week" is not a date sitrep can read/);
    const [doc] = JSON.parse(runCli(["documents", "--db", vagueDb]).stdout);
    assert.equal(doc.published, "2021-06-28");
  });

  it("a report with no publication date says so, and no date resolves against the epoch", () => {
    const undatedDb = join(dir, "undated.db");
    const ingest = runCli(["ingest", report, "--db", undatedDb]);
    assert.equal(ingest.status, 0, ingest.stderr);
    assert.match(ingest.stderr, /1 stored document\(s\) carry no publication date/);
    assert.match(ingest.stderr, /sitrep reprocess --published/);
    const undated: EventRecord[] = JSON.parse(runCli(["events", "--format", "json", "--db", undatedDb]).stdout);
    assert.ok(undated.length > 0);
    for (const event of undated)
      assert.ok(!String(event.event_date).startsWith("1970"), `${event.event_id}: ${event.event_date}`);
  });

  it("a bad option value is a usage error with a clear message", () => {
    const result = runCli(["ingest", report, "--published", "last tuesday", "--db", db]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /is not a date/);
    const format = runCli(["events", "--format", "xml", "--db", join(dir, "report.db")]);
    assert.equal(format.status, 2);
    assert.match(format.stderr, /not one of json, jsonl, csv, geojson/);
  });

  it("every command has help", () => {
    for (const command of ["ingest", "events", "documents", "show", "serve"]) {
      const result = runCli([command, "--help"]);
      assert.equal(result.status, 0);
      assert.match(result.stdout, /Usage: sitrep/);
    }
  });
});
