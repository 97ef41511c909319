// A wire headline's country tag ("Congo: Rebels kill 12") names where, not who; bare "Congo" is the DR Congo
// unless the text says the Republic. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string) => processRecords(text, "2025-03-03");

describe("events: a headline's country tag", () => {
  it("'Congo:' before the headline's verb is no actor, and bare Congo with North Kivu is the DR Congo", () => {
    const [attack] = recordsOf(
      "Congo: Rebels kill 12 in attack on village\n\nRebels killed 12 people in an attack on a village in North Kivu province on Sunday, officials said.",
    );
    assert.equal(attack.actor1, "Unidentified Armed Group (Democratic Republic of Congo)");
    assert.equal(attack.country, "Democratic Republic of Congo");
    assert.equal(attack.admin1, "Nord-Kivu");
  });
  describe("negative cases", () => {
    it("'the Republic of Congo' stays the Republic of the Congo", () => {
      const [attack] = recordsOf(
        "Gunmen killed six people in an attack on a village in the Pool region of the Republic of Congo on Sunday.",
      );
      assert.equal(attack.country, "Republic of Congo");
    });
    it("a country named as the subject with no colon between is still the actor", () => {
      const [strike] = recordsOf(
        "The United States carried out air strikes on militia targets in eastern Syria on Sunday.",
      );
      assert.equal(strike.actor1, "Military Forces of the United States");
    });
  });
});
