// Counts that name no kind of actor ("30 others", "four more") as evidence of an incident's civilian
// victims (issue 18), on invented sentences through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const evidenceOf = (text: string) => {
  const [record] = processRecords(text, "2024-10-14");
  return { record, words: (record?.evidence.actor2 ?? []).map((e) => text.slice(e.start, e.end)) };
};

describe("events: counts of more people are evidence of the civilians", () => {
  it("'killing 12 people and injuring more than 30 others': both counts name the civilians hit", () => {
    const { record, words } = evidenceOf(
      "Gunmen stormed a wedding party in Kadugli on Saturday, killing 12 people and injuring more than 30 others.",
    );
    assert.match(record?.actor2 ?? "", /^Civilians/);
    assert.ok(words.includes("12 people"), JSON.stringify(words));
    assert.ok(words.includes("more than 30 others"), JSON.stringify(words));
  });

  it("'killing three villagers and wounding dozens more': the second count is evidence too", () => {
    const { words } = evidenceOf(
      "Militia fighters shelled the market in Bentiu on Friday, killing three villagers and wounding dozens more.",
    );
    assert.ok(
      words.some((w) => w.startsWith("dozens")),
      JSON.stringify(words),
    );
  });

  it("negative: a count of soldiers is not evidence of the civilians", () => {
    const { words } = evidenceOf(
      "Rebels attacked a bus near Beni on Monday, killing five passengers and two soldiers who guarded it.",
    );
    assert.ok(!words.some((w) => w.includes("soldiers")), JSON.stringify(words));
  });

  it("negative: with no civilians named, a bare count makes no civilian actor", () => {
    const [record] = processRecords("A roadside bomb exploded near Kismayo on Monday, wounding four.", "2024-10-14");
    assert.ok(!(record?.actor2 ?? "").startsWith("Civilians"), record?.actor2 ?? "");
  });
});

describe("events: the words naming the people hit run from their number to their noun", () => {
  it("'killing 89 unarmed villagers': the evidence is the counted phrase, not the noun alone", () => {
    const { words } = evidenceOf("Soldiers opened fire in Kidal on Sunday, killing 89 unarmed villagers.");
    assert.deepEqual(words, ["89 unarmed villagers"]);
  });

  it("a wire dateline's dash before the count is no word of it", () => {
    const { words } = evidenceOf(
      "KANO, Oct 12 (Wire) - At least 17 civilians were killed when a mosque in Dala was bombed on Thursday, residents said.",
    );
    assert.equal(words[0], "At least 17 civilians");
  });

  it("negative: a noun no number counts keeps its own span ('shot at villagers')", () => {
    const { words } = evidenceOf("Soldiers shot at villagers in Kidal on Sunday, the mayor said.");
    assert.ok(
      words.every((w) => !/\d/.test(w)),
      JSON.stringify(words),
    );
  });
});
