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
    assert.ok(words.includes("people"), JSON.stringify(words));
    assert.ok(
      words.some((w) => w.endsWith("others")),
      JSON.stringify(words),
    );
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
