import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readInventedReport } from "../../testing/fixtures.js";
import { findEntities } from "../../testing/find-entities.js";
import { isSportsReport } from "./is-sports-report.js";

const CRICKET =
  "Leicestershire beat Somerset by an innings in the county championship match. Kent 108-3 in reply to " +
  "Surrey's 195. Kent will also need to win their last match of the season, the coach said. Essex 372 and 14-0.";

describe("sports reports", () => {
  it("scores and the words of games make a sports report; a conflict report is none", () => {
    assert.equal(isSportsReport(CRICKET), true);
    assert.equal(isSportsReport(readInventedReport()), false);
    // Cricket scores written "133 for five": the game's own words are enough.
    assert.equal(isSportsReport("By stumps Sussex had reached 215 for six in their innings, the championship leaders batting on. Surrey took two wickets."), true);
    // A casualty range and one "round" of talks are no game.
    assert.equal(isSportsReport("Between 10-15 people were killed and 20-30 wounded in the second round of talks."), false);
  });

  it("three results lines make a sports report, and between two goal counts place words name a team", () => {
    const table = "Saturday :\nBurnley 2 Reading 2\nStoke City 1 Luton 0\nBristol City 0 Crewe 3\n";
    assert.equal(isSportsReport(table), true);
    assert.equal(isSportsReport("Oldham 3 Ipswich 3\nTroops left 2 towns and 3 villages .\n"), false);
    const text = "Played on Saturday : Ipswich 3 Bristol City 2 .\n";
    const bristol = findEntities(text).find((s) => text.slice(s.start, s.end) === "Bristol City");
    assert.equal(bristol?.label, "ORG");
  });

  it("in a sports report a town's bare name is its team; in a conflict report it stays a place", () => {
    const text = CRICKET;
    const kent = findEntities(text).filter((s) => text.slice(s.start, s.end) === "Kent");
    assert.deepEqual(kent.map((s) => s.label), ["ORG", "ORG"]);
    const war = "Kent will host the talks. Troops were sent to Kent after the attack.";
    assert.ok(findEntities(war).filter((s) => war.slice(s.start, s.end) === "Kent").every((s) => s.label !== "ORG"));
  });

  it("a role in a team or company after a name makes it the organisation; a region keeps its place", () => {
    const text = "Norwich striker Keith O'Neill was injured. England captain Will Carling did not play.";
    const found = findEntities(text).map((s) => [text.slice(s.start, s.end), s.label]);
    assert.ok(found.some(([t, l]) => t === "Norwich" && l === "ORG"), JSON.stringify(found));
    assert.ok(found.some(([t, l]) => t === "England" && l === "LOC"), JSON.stringify(found));
  });

  it("an institution named with its country is one name; a company with its country is not", () => {
    const text = "The National Bank of Poland kept rates. Ships built by Hanjin Heavy Corp of South Korea arrived.";
    const orgs = findEntities(text).filter((s) => s.label === "ORG").map((s) => text.slice(s.start, s.end));
    assert.deepEqual(orgs, ["National Bank of Poland", "Hanjin Heavy Corp"]);
  });
  it("a region is a place even as a team; a caps-line town after AT is the venue", () => {
    const text = "England beat Pakistan by 64 runs in the third one-day match. Scores: England 292-8 in their innings. The league season and the championship go on.";
    const england = findEntities(text).filter((s) => text.slice(s.start, s.end) === "England");
    assert.deepEqual(england.map((s) => s.label), ["LOC", "LOC"]);
  });
});
