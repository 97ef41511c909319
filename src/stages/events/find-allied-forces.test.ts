// One force noun owned by two countries ("Kenyan and Somali troops") names an associated actor; a headline's
// unplaced "troops" yields to the body's placed ones. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string) => processRecords(text, "2025-03-03");

describe("events: forces of two countries joined on one noun", () => {
  it("'Kenyan and Somali troops' makes Somalia's forces the associate of Kenya's", () => {
    const [battle] = recordsOf("Kenyan and Somali troops clashed with al-Shabaab fighters near Kismayo on Sunday.");
    assert.equal(battle.actor1, "Military Forces of Kenya");
    assert.deepEqual(battle.assoc_actor_1, ["Military Forces of Somalia"]);
  });
  it("a headline's 'troops' with no country yields to the body's 'Mozambican and Rwandan troops'", () => {
    const [retaken] = recordsOf(
      "Troops retake town from insurgents\n\nMozambican and Rwandan troops retook the town of Macomia on Sunday, the army said.",
    ).filter((r) => r.event_type === "Battles");
    assert.equal(retaken.actor1, "Military Forces of Mozambique");
    assert.deepEqual(retaken.assoc_actor_1, ["Military Forces of Rwanda"]);
  });
  it("a list of countries before the noun counts where the parse hangs it on a fronted place", () => {
    const [battle] = recordsOf(
      "In Rutshuru, Congolese and Ugandan soldiers clashed with rebels on Saturday, the army said.",
    );
    assert.deepEqual(battle.assoc_actor_1, ["Military Forces of Uganda"]);
  });
  describe("negative cases", () => {
    it("one country's troops have no associate", () => {
      const [battle] = recordsOf("Kenyan troops clashed with al-Shabaab fighters near Kismayo on Sunday.");
      assert.deepEqual(battle.assoc_actor_1, []);
    });
  });
});
