// "Fighters of the Allied Democratic Forces attacked an army post on Wednesday": the "the" before the verb
// trigger belongs to the subject, so the trigger is no back-reference and its own clause's day dates it, not
// a day told in a later sentence (issue 18). Invented sentences, published Friday 2024-10-11.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-10-11");

const dates = (doc: Doc) => doc.events.map((e) => e.date?.value.start ?? null);

describe("events: a determiner of the subject does not make a verb trigger anaphoric", () => {
  it("'Fighters of the ... Forces attacked an army post on Wednesday near X': the Wednesday, not a later Thursday", () => {
    const doc = run(
      "Fighters of the Allied Democratic Forces attacked an army post on Wednesday near the town of Oicha, local officials said. On Thursday, hundreds of residents fled the area.",
    );
    assert.deepEqual(dates(doc), ["2024-10-09"]);
  });

  it("'Members of the ... Front ambushed a convoy on Wednesday night': the Wednesday", () => {
    const doc = run(
      "Members of the Patriotic Liberation Front ambushed a police convoy in Ituri province on Wednesday night, the governor said. Residents said on Thursday that the rebels had fled.",
    );
    assert.deepEqual(dates(doc), ["2024-10-09"]);
  });

  describe("negative cases", () => {
    it("'said Sunday that the air strike targeted a house': 'the', not 'that', is the trigger's, so no saying day", () => {
      const doc = processDoc(
        "Officials say a coalition air strike has killed nine civilians in eastern Afghanistan. Officials in Kunar province said Sunday that the air strike targeted a house near the border, killing four militants. The coalition confirmed that its forces called in the air strikes after they came under attack from the house Saturday.",
        "2024-10-13",
      );
      assert.ok(!dates(doc).includes("2024-10-13"), `dates: ${dates(doc)}`);
    });

    it("'the ambush' told again beside a later day keeps the day of its first telling", () => {
      const doc = run(
        "Rebels ambushed a police convoy near Oicha on Tuesday, killing three officers. On Thursday the governor said that the ambush had been planned for weeks.",
      );
      assert.ok(dates(doc).includes("2024-10-08"), `dates: ${dates(doc)}`);
      assert.ok(!dates(doc).includes("2024-10-10"), `dates: ${dates(doc)}`);
    });
  });
});
