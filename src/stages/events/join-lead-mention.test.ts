// One incident, one record (issue 18): a headline that names the body's incident joins its record; two
// incidents the body tells apart stay two, each with its own dead. Invented reports, published on
// Tuesday 2021-06-29.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2021-06-29");

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("events: a headline and the body's incident are one record", () => {
  it("the headline's attack joins the body's dated, placed attack", () => {
    const doc = run(fixture("headline-and-body.txt"));
    const attacks = doc.events.filter((e) => e.disorderType === "Political violence");
    assert.equal(attacks.length, 1, attacks.map((e) => doc.text.slice(e.trigger.start, e.trigger.end)).join(", "));
    const [attack] = attacks;
    assert.equal(attack.date?.value.start, "2021-06-27");
    assert.equal(attack.place?.value.location, "Djibo");
    assert.equal(attack.fatalities.value.best, 4);
    assert.equal(attack.actor2?.value.name, "Police Forces of Burkina Faso");
    // The headline's words stay evidence of the record.
    const headlineEnd = doc.text.indexOf("\n");
    assert.ok(attack.eventType.evidence.some((s) => s.end <= headlineEnd));
  });

  it("two attacks in two towns on two days stay two records, each with its own dead", () => {
    const doc = run(fixture("two-towns.txt"));
    const attacks = doc.events.filter((e) => e.disorderType === "Political violence");
    assert.deepEqual(
      attacks.map((e) => [e.place?.value.location, e.date?.value.start, e.fatalities.value.best]),
      [
        ["Djibo", "2021-06-27", 4],
        ["Kaya", "2021-06-28", 6],
      ],
    );
  });

  it("a telegraphic headline whose place is misread still joins the body's one bombing", () => {
    // "near Somali capital": an adjective and a noun, no town; the body names Mogadishu.
    const doc = run(
      "Car bomb hits army convoy near Somali capital\n\nA car bomb struck an army convoy on the outskirts of Mogadishu on Sunday, killing four soldiers, a military officer said.",
    );
    assert.equal(doc.events.length, 1, doc.events.map((e) => doc.text.slice(e.trigger.start, e.trigger.end)).join());
    assert.equal(doc.events[0].place?.value.location, "Mogadishu");
    assert.equal(doc.events[0].fatalities.value.best, 4);
  });

  it("negative case: a headline that sums two attacks joins neither; each keeps its town and dead", () => {
    const doc = run(`Attacks kill ten in Burkina Faso\n\n${fixture("two-towns.txt").split("\n\n")[1]}`);
    const placed = doc.events.filter((e) => e.place?.value.location);
    assert.deepEqual(
      placed.map((e) => [e.place?.value.location, e.fatalities.value.best]),
      [
        ["Djibo", 4],
        ["Kaya", 6],
      ],
    );
  });
});

describe("events: a headline's protest and the body's are one record", () => {
  it("the body's mentions join the body's dated protest, not the headline's undated one", () => {
    const doc = run(
      "Students clash with police in Multan\n\nHundreds of students marched through Multan on Monday to demand lower fees. " +
        "Some threw stones at police, who fired tear gas and beat protesters with batons. Twelve people were injured.",
    );
    const records = doc.events.map((e) => `${e.subEventType.value} ${e.date?.value.start}`);
    assert.deepEqual(records, ["Violent demonstration 2021-06-28"], records.join(" / "));
  });

  it("a headline's protest joins the body's protest whose crowd turned violent", () => {
    const doc = run(
      "Protesters clash with police in Rajshahi\n\nProtesters clashed with police in Rajshahi on Monday. " +
        "The crowd threw stones at officers, and police fired tear gas to disperse them.",
    );
    assert.deepEqual(
      doc.events.map((e) => e.subEventType.value),
      ["Violent demonstration"],
    );
  });

  it("negative case: a headline protest over a body telling a peaceful protest and a separate riot joins neither", () => {
    const doc = run(
      "Protests in Kenya\n\nTeachers marched peacefully in Nairobi on Monday. " +
        "On Friday, youths rioted in Kisumu, burning tyres and looting shops.",
    );
    const places = doc.events.map((e) => e.place?.value.location).sort();
    assert.ok(places.includes("Nairobi") && places.includes("Kisumu"), places.join(", "));
  });

  it("a headline's death toll over a body's protest with the same dead is the protest's record", () => {
    const doc = run(
      "Three killed as soldiers fire on marchers in Conakry\n\nSoldiers opened fire on thousands of protesters " +
        "marching against a fuel price rise in Conakry on Sunday, witnesses said. Three people were killed.",
    );
    assert.equal(doc.events.length, 1, doc.events.map((e) => e.subEventType.value).join(", "));
    assert.equal(doc.events[0].eventType.value, "Protests");
    assert.equal(doc.events[0].fatalities.value.best, 3);
  });

  it("negative case: a headline's toll that is no body incident's stays apart", () => {
    const doc = run(
      "Five killed in Guinea\n\nSoldiers opened fire on thousands of protesters marching against a fuel " +
        "price rise in Conakry on Sunday, witnesses said. Two people were killed.",
    );
    const protest = doc.events.find((e) => e.eventType.value === "Protests");
    assert.equal(protest?.fatalities.value.best, 2, doc.events.map((e) => e.subEventType.value).join(", "));
  });

  it("a generic headline with no toll over two raids on two days is no third record", () => {
    const doc = run(
      "Villagers killed as rebels raid two villages\n\nRebels killed 18 civilians in the village of Oicha on " +
        "Sunday, a local official said. The day before, the rebels had killed six people in the town of Beni.",
    );
    const attacks = doc.events.filter((e) => e.disorderType === "Political violence");
    assert.deepEqual(attacks.map((e) => [e.date?.value.start, e.fatalities.value.best]).sort(), [
      ["2021-06-26", 6],
      ["2021-06-27", 18],
    ]);
  });
});
