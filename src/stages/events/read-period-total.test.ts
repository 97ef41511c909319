// Totals over a period that the parse hangs away from the clause head (read-period-total.ts): tally claims,
// not incidents, on invented reports through the real pipeline. Each report also tells of one real attack,
// which must still come out.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc, showEvents, triggerWordsOf } from "../../testing/process-doc.js";

const REAL = "Gunmen attacked a bus near Kano on Monday, killing two passengers.";
const tallyWords = (doc: Doc) =>
  (doc.claims ?? []).filter((c) => c.kind === "tally").map((c) => doc.text.slice(c.trigger.start, c.trigger.end));

describe("events: totals whose period the parse hangs elsewhere", () => {
  for (const published of ["2019-03-04", undefined]) {
    const run = (text: string) => processDoc(text, published as string);
    const when = published ? "with a publication date" : "without one";

    it(`'N years of fighting' is a total, not an incident (${when})`, () => {
      const doc = run(
        `${REAL} More than 9,000 people have died in 14 years of fighting between the clans and the army.`,
      );
      assert.ok(!triggerWordsOf(doc).includes("fighting"), showEvents(doc));
      assert.ok(tallyWords(doc).includes("fighting"), JSON.stringify(tallyWords(doc)));
      assert.ok(triggerWordsOf(doc).includes("attacked"), showEvents(doc));
    });

    it(`'killed and wounded since then' is a total (${when})`, () => {
      const doc = run(`${REAL} More than 1,800 people are believed to have been killed and wounded since then.`);
      assert.ok(!triggerWordsOf(doc).includes("killed"), showEvents(doc));
      assert.ok(tallyWords(doc).includes("killed"), JSON.stringify(tallyWords(doc)));
    });

    it(`'have fought the army in the north since 1991' is a total (${when})`, () => {
      const doc = run(`${REAL} The separatists have fought the army in the north since 1991 for a state of their own.`);
      assert.ok(!triggerWordsOf(doc).includes("fought"), showEvents(doc));
      assert.ok(triggerWordsOf(doc).includes("attacked"), showEvents(doc));
    });

    it(`'has killed hundreds of villagers this year' is the year's running total (${when})`, () => {
      const doc = run(
        `${REAL} The militia has killed hundreds of villagers and herders this year, a rights group said.`,
      );
      assert.ok(!triggerWordsOf(doc).some((w) => w.startsWith("killed")), showEvents(doc));
      assert.ok(
        tallyWords(doc).some((w) => w.startsWith("killed")),
        JSON.stringify(tallyWords(doc)),
      );
      assert.ok(triggerWordsOf(doc).includes("attacked"), showEvents(doc));
    });
  }

  it("negative case: a past-tense act 'this week' stays an incident", () => {
    const doc = processDoc("Gunmen killed six herders near the town of Dara this week, police said.", "2019-06-10");
    assert.ok(triggerWordsOf(doc).includes("killed"), showEvents(doc));
  });

  it("negative case: 'the first attack since March', told in the past tense, stays an incident", () => {
    const doc = processDoc(
      "Rebels shelled the port of Dara on Sunday in the heaviest attack since March.",
      "2019-06-10",
    );
    assert.ok(triggerWordsOf(doc).includes("shelled"), showEvents(doc));
  });

  it("negative case: 'a year of' is no counted period, and 'two days of fighting' is no long one", () => {
    const doc = processDoc(
      "Two days of fighting between militias in the town of Dara killed 14 people on Sunday.",
      "2019-06-10",
    );
    assert.equal(doc.events.length, 1, showEvents(doc));
  });
});
