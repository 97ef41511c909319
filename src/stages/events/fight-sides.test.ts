// The two sides of a fight the report names together (issue 18): "clashes between X and Y", "fighting
// between X and Y". Invented sentences through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string, published = "2021-06-29") => processRecords(text, published);

describe("events: 'between X and Y' names both sides of a fight", () => {
  it("'clashes between Malian soldiers and jihadists': the first side is actor 1, the second actor 2", () => {
    const [clash] = recordsOf("Clashes between Malian soldiers and jihadists left 12 dead near Gao on Sunday.");
    assert.equal(clash.actor1, "Military Forces of Mali");
    assert.equal(clash.actor2, "Unidentified Armed Group (Mali)");
  });

  it("'fighting between the army and the RSF', the gerund parsed as a verb: the army is actor 1", () => {
    const [clash] = recordsOf("Fighting between the army and the RSF erupted in El Fasher on Tuesday.");
    assert.equal(clash.actor1, "Military Forces of Sudan");
    assert.equal(clash.actor2, "Rapid Support Forces");
  });

  it("'fighting between the army and X' then 'an X attack': X attacked, the army is the side attacked", () => {
    const records = recordsOf(
      "Fighting between the Malian army and jihadists of JNIM killed 14 people near Gao on Sunday, officials said.\n\nThe army said it had repelled a JNIM attack on its base near Gao, killing nine militants.",
    );
    assert.ok(records.length > 0);
    for (const clash of records) {
      assert.notEqual(clash.actor1, clash.actor2);
      assert.deepEqual(
        [clash.actor1, clash.actor2].sort(),
        ["Jama'at Nusrat al-Islam wal-Muslimin", "Military Forces of Mali"].sort(),
      );
    }
  });

  describe("negative cases", () => {
    it("'between' naming a time or places is no side: 'clashes between Monday and Wednesday'", () => {
      const [clash] = recordsOf("Soldiers and jihadists clashed near Gao between Monday and Wednesday, the army said.");
      assert.ok(!/Monday|Wednesday/.test(`${clash.actor1};${clash.actor2}`), `${clash.actor1};${clash.actor2}`);
    });
  });
});

describe("events: a clause the parser read as a noun phrase", () => {
  it("'Malian troops attacked jihadist positions': the noun that takes the object is the subject", () => {
    const [attack] = recordsOf("Malian troops attacked jihadist positions near Gao on Thursday.");
    assert.equal(attack.actor1, "Military Forces of Mali");
  });

  it("coordinated nationalities: 'Malian and French troops attacked' names France as an associate", () => {
    const [attack] = recordsOf("Malian and French troops attacked jihadist positions near Gao on Thursday.");
    assert.equal(attack.actor1, "Military Forces of Mali");
    assert.deepEqual(attack.assoc_actor_1, ["Military Forces of France"]);
  });
});

describe("events: the owner of the place or thing hit is actor 2", () => {
  it("'attacked jihadist positions', 'bombed a rebel camp', 'shelled an army base': the modifier's actor", () => {
    assert.equal(
      recordsOf("Malian troops attacked jihadist positions near Gao on Thursday.")[0].actor2,
      "Unidentified Armed Group (Mali)",
    );
    assert.equal(
      recordsOf("Nigerian jets bombed a rebel camp near Maiduguri on Thursday.")[0].actor2,
      "Unidentified Armed Group (Nigeria)",
    );
    assert.equal(
      recordsOf("Militants shelled an army base near Gao on Thursday.")[0].actor2,
      "Military Forces of Mali",
    );
  });

  describe("negative cases", () => {
    it("a place with no actor noun among its modifiers names no target: 'shelled a hilltop position'", () => {
      const [shelling] = recordsOf("Militants shelled a hilltop position near Gao on Thursday.");
      assert.ok(!/Military|Police/.test(shelling.actor2 ?? ""), String(shelling.actor2));
    });
  });
});

describe("events: the joined subjects of a verb of fighting each other are both sides", () => {
  it("'Al-Shabaab and Islamic State fighters clashed': actor 1 and actor 2, not a side and its ally", () => {
    const [clash] = recordsOf("Al-Shabaab and Islamic State fighters clashed near Bosaso on Sunday.");
    assert.equal(clash.actor1, "Al Shabaab");
    assert.equal(clash.actor2, "Islamic State");
  });

  describe("negative cases", () => {
    it("another side after 'with' keeps the joined subjects allies", () => {
      const [clash] = recordsOf(
        "Al-Shabaab and Islamic State fighters clashed with Somali troops near Bosaso on Sunday.",
      );
      assert.equal(clash.actor1, "Al Shabaab");
      assert.deepEqual(clash.assoc_actor_1, ["Islamic State"]);
      assert.equal(clash.actor2, "Military Forces of Somalia");
    });
  });
});
