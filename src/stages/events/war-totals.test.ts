// Totals over a war and dates in relative clauses (issue 18): "The war, which began in 2014, has killed tens
// of thousands" is a tally, not an attack dated 2014; a date in a relative clause about another noun dates no
// event. Invented sentences, published Monday 2024-10-14.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-10-14");
const datesOf = (doc: Doc) => doc.events.map((e) => e.date?.value.start ?? null);

describe("events: a perfect-tense total over a conflict is a tally", () => {
  it("'The insurgency, which began in 2009, has killed tens of thousands of people': no event, a tally", () => {
    const doc = run("The insurgency, which began in 2009, has killed tens of thousands of people in the north.");
    assert.deepEqual(triggerWordsOf(doc), []);
    assert.ok((doc.claims ?? []).some((c) => c.kind === "tally"));
  });

  it("'The conflict has killed thousands of civilians': no event", () => {
    const doc = run("The conflict has killed thousands of civilians and displaced millions.");
    assert.deepEqual(triggerWordsOf(doc), []);
  });

  it("'tens of thousands' hung by the parse on the conflict, not on the verb: still a tally, no event", () => {
    const doc = run(
      "France has criticised the intervention in the north, a 20-month-old conflict in which tens of thousands of villagers have been killed.",
    );
    assert.deepEqual(triggerWordsOf(doc), []);
  });

  it("an op-ed's 'for two years Russia has shelled cities, bombed hospitals and killed thousands': a total", () => {
    const doc = run(
      [
        "The West must not abandon Ukraine.",
        "For two years Russia has shelled cities, bombed hospitals and killed thousands of civilians.",
        "If Kyiv falls, Moscow will not stop there.",
        "Sending more air defence would save lives.",
        "Europe has been too slow to act.",
        "Leaders should fund the resistance before it is too late.",
      ].join(" "),
    );
    assert.deepEqual(triggerWordsOf(doc), []);
  });

  describe("negative cases", () => {
    it("a perfect over three days is one battle, not a total", () => {
      const doc = run("Troops have shelled rebel positions around the town for three days, the army said on Monday.");
      assert.ok(triggerWordsOf(doc).includes("shelled"), triggerWordsOf(doc).join());
    });

    it("a blast that has killed hundreds is one incident", () => {
      const doc = run("A bomb blast has killed hundreds of people at a market in Maiduguri, officials said on Monday.");
      assert.equal(doc.events.length, 1);
    });

    it("a counted toll of a war's day ('the war killed 12 people on Sunday') stays an event", () => {
      const doc = run("Shelling killed 12 people in Kharkiv on Sunday, the governor said.");
      assert.equal(doc.events.length, 1);
    });
  });
});

describe("events: a date in a relative clause about another noun", () => {
  it("'The militia, which emerged in 2016, attacked a village on Saturday': dated Saturday", () => {
    const doc = run("The militia, which emerged in 2016, attacked a village near Damboa on Saturday, killing nine.");
    assert.deepEqual(datesOf(doc), ["2024-10-12"]);
  });

  it("'The militia, which emerged in 2016, attacked a village': not dated 2016", () => {
    const doc = run("The militia, which emerged in 2016, attacked a village near Damboa, killing nine people.");
    assert.ok(!datesOf(doc).includes("2016-01-01"), String(datesOf(doc)));
  });

  it("a toll told before a relative clause's year does not take that year", () => {
    const doc = run(
      "Gunmen killed five farmers near Damboa, residents said. Thousands have died in the conflict, which began in 2009.",
    );
    assert.ok(!datesOf(doc).includes("2009-01-01"), String(datesOf(doc)));
  });

  it("'a two-year-old conflict in which thousands of people have been killed': a tally, no event", () => {
    const doc = run(
      "The league said ticket sales rose. Germany has criticised the intervention in Kivu, a two-year-old conflict in which thousands of people have been killed.",
    );
    assert.deepEqual(triggerWordsOf(doc), []);
    assert.ok((doc.claims ?? []).some((c) => c.kind === "tally"));
  });

  describe("negative cases", () => {
    it("a relative clause about the event itself dates it: 'the attack, which took place on Sunday'", () => {
      const doc = run("The attack, which took place on Sunday, killed five soldiers near Damboa.");
      assert.deepEqual(datesOf(doc), ["2024-10-13"]);
    });

    it("an undated strike takes the day of a later sentence's clause about it: 'the raid, which came on Sunday'", () => {
      const doc = run(
        "Jets struck militia depots near the border. No casualties were reported from the raid, which came late on Sunday.",
      );
      assert.deepEqual(datesOf(doc), ["2024-10-13"]);
    });
  });
});

describe("events: a perfect tense since a date, counted vaguely, sums up many incidents", () => {
  const report =
    "Gunmen killed six farmers in the village of Koro on Saturday, a local official said. No group has claimed responsibility for the attack, but jihadists linked to the Islamic State have carried out hundreds of similar raids in the area since 2016, killing thousands of people.";

  it("the raids' killing is no part of the village attack: its toll and its actor stay out", () => {
    const doc = run(report);
    assert.equal(doc.events.length, 1, triggerWordsOf(doc).join(" | "));
    assert.ok(!triggerWordsOf(doc).includes("killing"), triggerWordsOf(doc).join(" | "));
    const actor = doc.events[0].actor1?.evidence.map((s) => doc.text.slice(s.start, s.end)) ?? [];
    assert.ok(!actor.some((w) => /jihadists|Islamic State/.test(w)), `actor1 evidence: ${actor}`);
  });
});
