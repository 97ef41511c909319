// Issue 7: the seed article through the public JSON — five incidents (the lead split per country), the
// claims beside them, and the "in response to" links, every evidence text equal to the document slice.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import type { ClaimRecord } from "../records/claim-record.js";
import type { EventRecord } from "../records/event-record.js";
import { assertEvidenceIsSlice } from "../testing/assert-evidence.js";
import { needsSeedArticle, sharedPath } from "../testing/fixtures.js";
import { runCli } from "../testing/run-cli.js";

const db = join(mkdtempSync(join(tmpdir(), "sitrep-seed-")), "seed.db");

function cliJson<T>(args: string[]): T {
  const out = runCli([...args, "--db", db]);
  assert.equal(out.status, 0, out.stderr);
  return JSON.parse(out.stdout) as T;
}

describe("seed article: incidents, claims and response links", needsSeedArticle(), () => {
  let events: EventRecord[];
  let claims: ClaimRecord[];
  let text: string;
  const one = (pred: (e: EventRecord) => boolean, what: string) => {
    const found = events.filter(pred);
    assert.equal(
      found.length,
      1,
      `${what}: ${JSON.stringify(events.map((e) => [e.event_date, e.sub_event_type, e.location]))}`,
    );
    return found[0];
  };
  const lead = () => events.filter((e) => e.event_date === "2021-06-27");
  const february = () =>
    one((e) => e.date_start === "2021-02-01" && e.sub_event_type === "Air/drone strike", "February strikes");
  const erbil = () =>
    one(
      (e) => e.date_start === "2021-02-01" && e.sub_event_type === "Shelling/artillery/missile attack",
      "Erbil rocket attack",
    );
  const june9 = () => one((e) => e.event_date === "2021-06-09", "June 9 drone attack");

  before(() => {
    const ingest = runCli([
      "ingest",
      sharedPath("fixtures", "seed-article.txt"),
      "--published",
      "2021-06-28",
      "--db",
      db,
    ]);
    assert.equal(ingest.status, 0, ingest.stderr);
    events = cliJson(["events", "--format", "json"]);
    claims = cliJson(["claims", "--format", "json"]);
    const [doc] = cliJson<{ document_id: string }[]>(["documents"]);
    text = cliJson<{ text: string }>(["show", doc.document_id, "--json"]).text;
  });

  it("five incidents: the lead strikes as one record per country, and four earlier ones", () => {
    const incidents = new Set(events.map((e) => [e.event_id, ...e.same_incident].sort()[0]));
    assert.equal(incidents.size, 5, JSON.stringify(events.map((e) => [e.event_date, e.sub_event_type, e.location])));
    assert.deepEqual(
      lead()
        .map((e) => e.country)
        .sort(),
      ["Iraq", "Syria"],
    );
  });

  it("the June 27 strikes: US forces abroad (inter 8) on both militias, country-level places, fatalities unknown", () => {
    for (const strike of lead()) {
      assert.equal(strike.sub_event_type, "Air/drone strike");
      assert.equal(strike.actor1, "Military Forces of the United States");
      assert.equal(strike.inter1, 8);
      assert.deepEqual([strike.actor2, ...strike.assoc_actor_2].sort(), [
        "Kata'ib Hezbollah",
        "Kata'ib Sayyid al-Shuhada",
      ]);
      assert.equal(strike.geo_precision, 3);
      assert.equal(strike.location, strike.country);
      assert.equal(strike.evidence.location[0].text, strike.country);
      assert.equal(strike.fatalities_known, false);
      assert.equal(strike.same_incident.length, 1);
    }
  });

  it("the February F-15E strikes answer the Erbil rocket attack; their place is not stated", () => {
    const strikes = february();
    assert.equal(strikes.time_precision, 3);
    assert.equal(strikes.date_end, "2021-02-28");
    assert.equal(strikes.location, null);
    assert.equal(strikes.geo_precision, null);
    assert.ok(strikes.weapons.includes("F-15E"));
    assert.deepEqual(strikes.in_response_to, [erbil().event_id]);
    assert.deepEqual(
      strikes.evidence.in_response_to.map((r) => r.text),
      ["in response to", "rocket attack"],
    );
  });

  it("'he ordered F-15E airstrikes': he is President Biden, so the US forces are actor 1, with both words as evidence", () => {
    const strikes = february();
    assert.equal(strikes.actor1, "Military Forces of the United States");
    assert.deepEqual(
      strikes.evidence.actor1.map((r) => r.text),
      ["he", "Biden"],
    );
  });

  it("no record of the seed merges tactics or splits a stated toll: each names one tactic and its own count", () => {
    for (const event of events) {
      assert.deepEqual(event.other_tactics, [], event.event_id);
      assert.equal(event.fatalities_split, null, event.event_id);
    }
  });

  it("the Erbil rocket attack: on the US coalition in Erbil, no perpetrator in the report's own voice, attributed by a claim", () => {
    const attack = erbil();
    assert.equal(attack.location, "Erbil");
    assert.equal(attack.iso3, "IRQ");
    assert.equal(attack.geo_precision, 1);
    assert.equal(attack.actor1, null);
    assert.equal(attack.actor2, "Military Forces of the United States");
    const attribution = claims.find((c) => c.kind === "attribution");
    assert.ok(attribution);
    assert.deepEqual(attack.claims, [attribution.claim_id]);
    assert.equal(attribution.claimant, "United States");
    assert.equal(attribution.actor, "Kata'ib Sayyid al-Shuhada");
    assert.deepEqual(attribution.event_ids, [attack.event_id]);
  });

  it("the June 9 drone attack near Baghdad airport: an unidentified militia, precision 2, injuries of vague count", () => {
    const attack = june9();
    assert.equal(attack.time_precision, 1);
    assert.equal(attack.location, "Baghdad");
    assert.equal(attack.geo_precision, 2);
    assert.equal(attack.actor1, "Unidentified Armed Group (Iraq)");
    assert.equal(attack.inter1, 3);
    assert.equal(attack.evidence.actor1[0].text, "militia");
    assert.equal(attack.injuries_known, true);
    assert.equal(attack.injuries_best, null);
    assert.equal(
      attack.evidence.injuries[0].text,
      "a number of U.S. contractors and other staff were treated for smoke inhalation",
    );
    assert.equal(attack.fatalities_known, false);
  });

  it("the March 2020 strikes on militia rocket storage: month precision, no place", () => {
    const strikes = one((e) => e.date_start === "2020-03-01", "March 2020 strikes");
    assert.equal(strikes.time_precision, 3);
    assert.equal(strikes.location, null);
    assert.equal(strikes.sub_event_type, "Air/drone strike");
    assert.equal(
      strikes.actor1,
      "Military Forces of the United States",
      "the Trump administration's strikes are its forces'",
    );
    assert.deepEqual(
      strikes.evidence.actor1.map((r) => r.text),
      ["Trump administration"],
    );
  });

  it("two competing tallies kept side by side with their speakers; the lead strikes answer the official's", () => {
    const tallies = claims.filter((c) => c.kind === "tally");
    assert.equal(tallies.length, 2);
    const official = tallies.find((c) => c.claimant === "the US official");
    const knights = tallies.find((c) => c.claimant === "Michael Knights");
    assert.ok(official && knights, JSON.stringify(tallies.map((c) => c.claimant)));
    assert.deepEqual([official.count_low, official.count_best, official.count_high], [5, 5, null]);
    assert.deepEqual([official.period_start, official.period_end], ["2021-04-01", "2021-06-28"]);
    assert.deepEqual([knights.count_low, knights.count_best, knights.count_high], [8, 8, null]);
    assert.deepEqual([knights.period_start, knights.period_end], ["2021-04-14", "2021-06-28"]);
    assert.deepEqual(
      knights.evidence.claimant.map((r) => r.text),
      ["Michael Knights", "his"],
    );
    for (const tally of tallies) {
      assert.equal(tally.sub_event_type, "Air/drone strike");
      assert.equal(tally.target, "Military Forces of the United States");
      assert.equal(tally.country, "Iraq");
      assert.deepEqual(
        tally.event_ids,
        [june9().event_id],
        "the June 9 attack falls in both tallies; the US strikes do not",
      );
    }
    for (const strike of lead()) assert.deepEqual(strike.in_response_to_claims, [official.claim_id]);
  });

  it("--chain follows the links both ways and through a tally, and nothing else", () => {
    const chain = (id: string) =>
      cliJson<EventRecord[]>(["events", "--chain", id])
        .map((e) => e.event_id)
        .sort();
    assert.deepEqual(chain(erbil().event_id), [february().event_id, erbil().event_id].sort());
    assert.deepEqual(chain(february().event_id), [february().event_id, erbil().event_id].sort());
    assert.deepEqual(chain(lead()[0].event_id), [...lead().map((e) => e.event_id), june9().event_id].sort());
    assert.equal(runCli(["events", "--chain", "nope", "--db", db]).status, 1);
  });

  it("every event and claim evidence text is exactly the document's slice", () => {
    const checked = assertEvidenceIsSlice([...events, ...claims], text);
    assert.ok(checked > 40, `only ${checked} evidence spans`);
  });

  it("claims export as csv with one row per claim", () => {
    const csv = runCli(["claims", "--format", "csv", "--db", db]).stdout.trim().split("\n");
    assert.ok(csv[0].startsWith("claim_id,kind,claimant"));
    assert.equal(csv.length, claims.length + 1);
  });
});

describe("claims and chains: help", () => {
  it("claims has help, events names --chain", () => {
    const help = runCli(["claims", "--help"]);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: sitrep claims/);
    assert.match(runCli(["events", "--help"]).stdout, /--chain <event_id>/);
  });
});
