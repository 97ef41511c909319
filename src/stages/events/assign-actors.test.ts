// Who did it to whom, on the seed report's wording and negative cases beside it.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string) => processRecords(text, "2021-06-28");

describe("events: actors", () => {
  it("the owner of the facilities struck is actor 2, although 'used by' comes before it", () => {
    const [strike] = recordsOf(
      "The United States carried out airstrikes on operational and weapons storage facilities it said were used by the Kata’ib Hezbollah militia near the Syrian-Iraqi border.",
    );
    assert.deepEqual([strike.actor1, strike.actor2], ["Military Forces of the United States", "Kata'ib Hezbollah"]);
  });

  it("the speaker of a saying verb is no actor, though its name holds a country: 'The Uganda Red Cross said'", () => {
    const records = recordsOf(
      "The Uganda Red Cross said four protesters were taken to hospital in Kampala on Tuesday.",
    );
    for (const record of records) {
      assert.notEqual(record.actor1, "Military Forces of Uganda");
      assert.notEqual(record.actor2, "Military Forces of Uganda");
    }
  });

  it("a country naming the civilian place after it is where the place is, not the country's forces", () => {
    const [raid] = recordsOf("Gunmen raided two Niger villages near Tillaberi on Sunday, killing six people.");
    assert.deepEqual([raid.actor1, raid.actor2], ["Unidentified Armed Group (Niger)", "Civilians (Niger)"]);
    const [headline] = recordsOf("Gunmen kill six in raids on two Niger villages");
    assert.notEqual(headline.actor2, "Military Forces of Niger");
  });

  it("a country's name inside a town's name is no actor: 'marched in Port Sudan'", () => {
    const [march] = recordsOf("Hundreds of people marched in Port Sudan on Monday to protest against bread prices.");
    assert.equal(march.location, "Port Sudan");
    assert.notEqual(march.actor2, "Military Forces of Sudan");
    assert.notEqual(march.actor1, "Military Forces of Sudan");
  });

  describe("negative cases", () => {
    it("a country naming a military place it owns still stands for its forces: 'a Niger army base'", () => {
      const [attack] = recordsOf("Gunmen attacked a Niger army base near Tillaberi on Sunday.");
      assert.equal(attack.actor2, "Military Forces of Niger");
    });
    it("a country named whole still acts beside a town whose name holds it: 'Sudan shelled ... Port Sudan'", () => {
      const [shelling] = recordsOf("Sudan shelled rebel positions near Port Sudan on Monday.");
      assert.equal(shelling.actor1, "Military Forces of Sudan");
    });
    it("'by' before an armed group with no owned place named is still the attacker", () => {
      const [attack] = recordsOf(
        "Two Iraqi soldiers were killed in an attack by Islamic State militants near Kirkuk on Sunday.",
      );
      assert.equal(attack.actor1, "Islamic State");
    });
    it("the dead before 'killed in' are no unnamed attacker; a modifier before the trigger still is", () => {
      const [blasts] = recordsOf(
        "Seven militants killed in blasts in Afghanistan's Helmand province on Sunday, police said.",
      );
      assert.equal(blasts.sub_event_type, "Remote explosive/landmine/IED");
      // The implied unidentified group of a bombing may fill actor 1, but no words of the dead stand for it.
      assert.equal(blasts.evidence.actor1, undefined);
      const [attack] = recordsOf("A militia drone attack struck the base near Erbil on Sunday, officials said.");
      assert.match(String(attack.actor1), /^Unidentified Armed Group/);
    });
  });
});
