// Armed men described by their people, tribe or clan (session 22): ACLED's identity militias, named by that
// identity and the country; a people's name is no place, even when a town abroad shares it; parses that
// misread the opening participle ("Armed ... killed") or the fight verb ("fighters clashed with") still give
// both sides. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const firstRecord = (text: string) => {
  const [record] = processRecords(text, "2024-10-14");
  assert.ok(record, "no record");
  return record;
};

describe("events: armed men named by their identity are an identity militia", () => {
  it("'Armed Fulani herdsmen killed 12 villagers' in a Nigerian state: Fulani Ethnic Militia (Nigeria)", () => {
    const record = firstRecord("Armed Fulani herdsmen killed 12 villagers in Benue state on Sunday.");
    assert.equal(record.actor1, "Fulani Ethnic Militia (Nigeria)");
    assert.equal(record.inter1, 4);
    assert.ok(record.evidence.actor1.some((e) => e.text.includes("Fulani herdsmen")));
  });
  it("'Tribal fighters clashed with government troops': the tribe's militia against the state's army", () => {
    const record = firstRecord("Tribal fighters clashed with government troops near Marib on Sunday.");
    assert.equal(record.actor1, "Unidentified Tribal Militia (Yemen)");
    assert.equal(record.actor2, "Military Forces of Yemen");
  });
  it("a noun that is the identity itself: 'armed tribesmen ambushed a convoy'", () => {
    const record = firstRecord("Armed tribesmen ambushed an army convoy near Marib on Sunday, killing two soldiers.");
    assert.equal(record.actor1, "Unidentified Tribal Militia (Yemen)");
  });
  it("a people of ACLED's Nigerian actor list beyond the first ones: 'Yoruba gunmen' in Oyo", () => {
    const record = firstRecord("Yoruba gunmen attacked a village in Oyo state on Tuesday, killing 11 people.");
    assert.equal(record.actor1, "Yoruba Ethnic Militia (Nigeria)");
  });
  it("people named by a militia's identity who attack are that militia: 'Fulani herdsmen attacked farmers'", () => {
    const record = firstRecord("Fulani herdsmen attacked farmers in Benue state on Sunday, killing 12.");
    assert.equal(record.actor1, "Fulani Ethnic Militia (Nigeria)");
  });
  it("a sentence opening 'Armed Yoruba youths attacked' names no group 'Armed Yoruba': the people's militia", () => {
    const record = firstRecord("Armed Yoruba youths attacked a cattle market in Ogun state on Tuesday, killing three.");
    assert.equal(record.actor1, "Yoruba Ethnic Militia (Nigeria)");
    assert.ok(!record.evidence.actor1.some((e) => e.text.includes("Armed")));
  });
  it("a people's tribesmen after a wire dateline are that people's militia, not any tribe's", () => {
    const record = firstRecord(
      "KHARTOUM (Wire) - Armed Rizeigat tribesmen attacked a village in South Darfur on Sunday, killing 12 people.",
    );
    assert.equal(record.actor1, "Rizeigat Ethnic Militia (Sudan)");
  });
  describe("negative cases", () => {
    it("youths of a people who riot stay rioters: a riot names no militia", () => {
      const record = firstRecord("Yoruba youths rioted in Ibadan, Nigeria, on Tuesday, burning shops.");
      assert.notEqual(record.actor1, "Yoruba Ethnic Militia (Nigeria)");
    });
    it("herdsmen not said to be armed do not act: 'Fulani herdsmen' are no militia by name alone", () => {
      const record = firstRecord("Gunmen killed five Fulani herdsmen in Benue state on Sunday.");
      assert.notEqual(record.actor1, "Fulani Ethnic Militia (Nigeria)");
    });
    it("a people's rebels or jihadists fight for a cause: 'Fulani jihadists' stay an armed group", () => {
      const record = firstRecord("Fulani jihadists attacked a village near Mopti on Sunday, killing four people.");
      assert.equal(record.actor1, "Unidentified Armed Group (Mali)");
    });
  });
});

describe("events: a people's name is no country for the actors", () => {
  it("'Masked Arab gunmen attacked a village in Darfur' is not placed in the United States", () => {
    const record = firstRecord("Masked Arab gunmen attacked a village in Darfur on Sunday, killing five people.");
    assert.ok(!record.actor1?.includes("United States"), String(record.actor1));
    assert.ok(!record.actor2?.includes("United States"), String(record.actor2));
  });
  describe("negative cases", () => {
    it("a stated country still names the militia's country", () => {
      const record = firstRecord(
        "Masked Arab gunmen attacked a village in Darfur, Sudan, on Sunday, killing five people.",
      );
      assert.equal(record.actor1, "Arab Ethnic Militia (Sudan)");
    });
  });
});
