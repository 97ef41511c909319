// A pronoun that stands for an actor the text describes but does not name (issue 18): "Residents said they
// were attacked" has the residents, ACLED's Civilians, as the target; and a crowd fired on is Civilians, a
// crowd of protesters Protesters. Invented sentences through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string) => processRecords(text, "2024-10-14");

describe("events: a pronoun stands for the described actor before it", () => {
  it("'Residents said they were attacked by gunmen': the residents are the target", () => {
    const [attack] = recordsOf(
      "Residents said they were attacked by gunmen in the village of Tala in central Mali on Sunday.",
    );
    assert.equal(attack.actor1, "Unidentified Armed Group (Mali)");
    assert.equal(attack.actor2, "Civilians (Mali)");
    assert.deepEqual(
      (attack.evidence.actor2 ?? []).map((e) => e.text),
      ["Residents"],
    );
  });
  it("'gunmen attacked them': a pronoun is never its own verb's other argument, so them are the residents", () => {
    const [attack] = recordsOf("Residents of Koro in Mali said gunmen attacked them on Sunday, killing three.");
    assert.equal(attack.actor2, "Civilians (Mali)");
  });
  it("'opened fire on crowds': a crowd fired on is Civilians", () => {
    const [attack] = recordsOf("Gunmen opened fire on crowds in the market of Gao in Mali on Friday, killing nine.");
    assert.equal(attack.actor2, "Civilians (Mali)");
  });
  describe("negative cases", () => {
    it("'Soldiers said they killed 12 militants': the pronoun that acted is the soldiers, not a civilian", () => {
      const [clash] = recordsOf("Soldiers in Mali said they killed 12 militants near Gao on Sunday.");
      assert.equal(clash.actor1, "Military Forces of Mali");
      assert.notEqual(clash.actor2, "Civilians (Mali)");
    });
  });
});
