// Attacker and target of short wire reports (session 24): a leader a protest's demand names is no side, a
// dateline the parse made the root leaves the sentence a clause, a battle's "two sides" are those named
// before, the joined subjects of a clash are both sides, a commander's forces are his armed group. Invented
// sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const PUBLISHED = "2024-03-05";
const records = (text: string) => processRecords(text, PUBLISHED);
const firstRecord = (text: string) => {
  const [record] = records(text);
  assert.ok(record, "no record");
  return record;
};

describe("events: actors of wire reports", () => {
  it("police firing on protesters who demand a leader's resignation: the police, not the leader's government", () => {
    const record = firstRecord(
      "KINSHASA (Wire) - Congolese police opened fire on protesters demanding the resignation of President " +
        "Kabila in Kinshasa on Sunday, killing two people, the United Nations said.",
    );
    assert.equal(record.actor1, "Police Forces of the Democratic Republic of Congo");
    assert.equal(record.actor2, "Protesters (Democratic Republic of Congo)");
  });
  it("'Zimbabwean police broke up a rally' after a dateline: the police intervened", () => {
    const record = firstRecord(
      "HARARE (Wire) - Zimbabwean police broke up a rally of opposition supporters in Harare on Saturday, " +
        "firing tear gas and beating people with batons, witnesses said.",
    );
    assert.ok([record.actor1, record.actor2].includes("Police Forces of Zimbabwe"), JSON.stringify(record));
  });
  it("a force's intervention in a protest: the crowd is actor 1 and the force actor 2 (ACLED's convention)", () => {
    const record = firstRecord(
      "NAIROBI (Wire) - Kenyan police fired tear gas to break up a rally of several hundred opposition " +
        "supporters in Nairobi on Monday, witnesses said.",
    );
    assert.equal(record.sub_event_type, "Protest with intervention");
    assert.equal(record.actor1, "Protesters (Kenya)");
    assert.equal(record.actor2, "Police Forces of Kenya");
  });
  it("'Fighting resumed on Friday between the army and the rebels': both sides, though the parse misreads 'Fighting'", () => {
    const record = firstRecord(
      "MOGADISHU (Wire) - Fighting resumed on Friday between the army and the rebels near the town of Afgoye, " +
        "residents said.",
    );
    assert.equal(record.actor1, "Military Forces of Somalia");
    assert.ok(record.actor2, "no actor 2");
  });
  it("'the two sides' of a later battle are the sides of the battle told before", () => {
    const [first, second] = records(
      "ADEN (Wire) - Government forces and Houthi rebels clashed near the port city of Hodeidah on Thursday. " +
        "Fighting resumed on Friday between the two sides, killing at least nine fighters, medics said.",
    );
    assert.equal(first.actor1, "Houthis");
    assert.equal(first.actor2, "Military Forces of Yemen");
    assert.equal(second?.actor1, "Houthis");
    assert.equal(second?.actor2, "Military Forces of Yemen");
    assert.ok(second.evidence.actor1.some((e) => e.text === "the two sides"));
  });
  it("a commander's forces are the armed group ACLED codes them to: 'Haftar's forces shelled'", () => {
    const record = firstRecord(
      "TRIPOLI (Wire) - Haftar's forces shelled a residential district of southern Tripoli on Sunday, killing " +
        "three civilians, the health ministry said.",
    );
    assert.equal(record.actor1, "Libyan National Army");
    assert.equal(record.actor2, "Civilians (Libya)");
  });
  it("the object of an attack after a dateline the parse made its root is the target", () => {
    const record = firstRecord(
      "BENGHAZI (Wire) - Forces loyal to Khalifa Haftar attacked positions of the Government of National " +
        "Accord south of Tripoli on Saturday.",
    );
    assert.equal(record.actor1, "Libyan National Army");
    assert.equal(record.actor2, "Government of National Accord");
  });
  it("a named group before the counted dead is the side that lost them: 'killed two Hamas militants'", () => {
    const record = firstRecord(
      "An Israeli air strike killed two Hamas militants in Khan Younis on Monday, medics said.",
    );
    assert.equal(record.actor2, "Hamas");
  });
  it("the side a town is taken from is actor 2: 'M23 rebels seized the town from the Congolese army'", () => {
    const record = firstRecord(
      "GOMA (Wire) - M23 rebels seized the town of Bunagana from the Congolese army on Monday, officials said.",
    );
    assert.equal(record.actor1, "M23");
    assert.equal(record.actor2, "Military Forces of the Democratic Republic of Congo");
  });
  describe("negative cases", () => {
    it("a leader who orders strikes still stands for his forces", () => {
      const record = firstRecord("President Putin ordered missile strikes on Kyiv on Sunday, killing five people.");
      assert.equal(record.actor1, "Military Forces of Russia");
    });
    it("'the two sides' with no battle told before names no sides", () => {
      const record = firstRecord("Fighting erupted between the two sides near Gao on Friday, residents said.");
      assert.equal(record.actor1, null);
    });
  });
});
