// `sitrep incidents` end to end: two invented reports of one shelling (JSONL with their publishers) give one
// incident sourced from both, every evidence span the slice of its own document, in every format.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import type { EventRecord } from "../records/event-record.js";
import type { IncidentRecord } from "../records/incident-record.js";
import { needsSeedArticle, sharedPath } from "../testing/fixtures.js";
import { runCli } from "../testing/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-incidents-"));
const db = join(dir, "test.db");
const reports = [
  {
    id: "lakeside-gazette",
    publisher: "Lakeside Gazette",
    published: "2026-02-08",
    text: "Shelling hits Kramatorsk market\n\nRussian forces shelled a market in Kramatorsk, Ukraine, on Saturday, killing four people, the regional governor said. Several stalls were destroyed.",
  },
  {
    id: "upland-herald",
    publisher: "Upland Herald",
    published: "2026-02-09",
    text: "Kramatorsk market toll rises\n\nFive people were killed when Russian artillery shelled a market in Kramatorsk on Saturday, Ukrainian officials said on Sunday.",
  },
];

describe("cli: sitrep incidents", () => {
  let incidents: IncidentRecord[];
  let events: EventRecord[];

  before(() => {
    const input = join(dir, "reports.jsonl");
    writeFileSync(input, reports.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const ingest = runCli(["ingest", input, "--db", db]);
    assert.equal(ingest.status, 0, ingest.stderr);
    incidents = JSON.parse(runCli(["incidents", "--db", db]).stdout);
    events = JSON.parse(runCli(["events", "--db", db]).stdout);
  });

  it("puts every event in exactly one incident, and the shelling of both reports in one", () => {
    const members = incidents.flatMap((i) => i.event_ids).sort();
    assert.deepEqual(members, events.map((e) => e.event_id).sort());
    const both = incidents.filter(
      (i) => new Set(i.sources.filter((s) => s.event_ids.length).map((s) => s.publisher)).size === 2,
    );
    assert.equal(
      both.length,
      1,
      JSON.stringify(incidents.map((i) => [i.event_type, i.location, i.sources.map((s) => s.publisher)])),
    );
    assert.equal(both[0].corroboration, 2);
    assert.ok(incidents.length < events.length);
  });

  it("keeps the history of the fields a later report revised: the toll rose from four to five", () => {
    const [both] = incidents.filter(
      (i) => new Set(i.sources.filter((s) => s.event_ids.length).map((s) => s.publisher)).size === 2,
    );
    const later = both.sources.find((s) => s.publisher === "Upland Herald")!.document_id;
    const high = (both.history ?? []).filter((h) => h.field === "fatalities_high");
    assert.deepEqual(
      high.map((h) => [h.previous, h.value]),
      [
        [null, 4],
        [4, 5],
      ],
      JSON.stringify(both.history),
    );
    assert.deepEqual(high[1].document_ids, [later]);
    assert.ok(
      !JSON.parse(runCli(["incidents", "--format", "geojson", "--db", db]).stdout).features.some(
        (f: { properties: object }) => "history" in f.properties,
      ),
    );
  });

  it("evidence from every source is the exact slice of that source's document", () => {
    const texts = new Map<string, string>();
    for (const doc of JSON.parse(runCli(["documents", "--db", db]).stdout) as { document_id: string }[]) {
      texts.set(doc.document_id, JSON.parse(runCli(["show", doc.document_id, "--json", "--db", db]).stdout).text);
    }
    let checked = 0;
    for (const incident of incidents) {
      for (const ref of Object.values(incident.evidence).flat()) {
        assert.equal(texts.get(ref.document_id)?.slice(ref.start, ref.end), ref.text);
        checked += 1;
      }
    }
    assert.ok(checked > 4, `only ${checked} evidence spans`);
  });

  it("csv carries the event columns plus corroboration, sources, first_reported, last_updated, conflicts; geojson has coordinates", () => {
    const [header, ...rows] = runCli(["incidents", "--format", "csv", "--db", db]).stdout.trim().split("\n");
    for (const column of [
      "incident_id",
      "corroboration",
      "sources",
      "first_reported",
      "last_updated",
      "conflicts",
      "event_date",
      "actor1",
      "fatalities_low",
      "fatalities_high",
    ]) {
      assert.ok(header.split(",").includes(column), column);
    }
    assert.equal(rows.length, incidents.length);
    const geo = JSON.parse(runCli(["incidents", "--format", "geojson", "--db", db]).stdout);
    assert.equal(geo.features.length, incidents.filter((i) => i.latitude !== null).length);
    const jsonl = runCli(["incidents", "--format", "jsonl", "--db", db]).stdout.trim().split("\n");
    assert.equal(jsonl.length, incidents.length);
  });

  it("rejects an unknown format as a usage error", () => {
    const out = runCli(["incidents", "--format", "xml", "--db", db]);
    assert.equal(out.status, 2);
  });
});

describe("cli: sitrep incidents --chain", () => {
  const seedDb = join(dir, "seed.db");

  it("lifts an event's response chain to incidents, and names an unknown id", needsSeedArticle(), () => {
    const ingest = runCli([
      "ingest",
      sharedPath("fixtures", "seed-article.txt"),
      "--published",
      "2021-06-28",
      "--db",
      seedDb,
    ]);
    assert.equal(ingest.status, 0, ingest.stderr);
    const events: EventRecord[] = JSON.parse(runCli(["events", "--db", seedDb]).stdout);
    const answer = events.find((e) => e.in_response_to.length > 0);
    assert.ok(answer, "the seed has an 'in response to' link");
    const all: IncidentRecord[] = JSON.parse(runCli(["incidents", "--db", seedDb]).stdout);
    const chain: IncidentRecord[] = JSON.parse(
      runCli(["incidents", "--chain", answer.event_id, "--db", seedDb]).stdout,
    );
    for (const id of [
      answer.event_id,
      ...answer.in_response_to.filter((to) => events.some((e) => e.event_id === to)),
    ]) {
      assert.ok(
        chain.some((i) => i.event_ids.includes(id)),
        id,
      );
    }
    assert.ok(chain.length < all.length, `${chain.length} of ${all.length}`);
    const missing = runCli(["incidents", "--chain", "no-such-id", "--db", seedDb]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no incident or event no-such-id/);
  });
});
