// A named person killed is one death (ACLED's count), read from the parse when the report gives no number
// (issue 18, numbers attached to the wrong thing). Invented reports, published on Monday 2024-03-11.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc } from "../../testing/process-doc.js";

const fatalitiesOf = (text: string) => processDoc(text, "2024-03-11").events.map((e) => e.fatalities.value.best);

describe("events: a named person killed is one death", () => {
  it("'journalist Sani Bello was murdered' gives one dead", () => {
    assert.deepEqual(fatalitiesOf("Local journalist Sani Bello was murdered in Kaduna on Saturday."), [1]);
  });

  it("a name and a conjoined 'his driver' are two dead", () => {
    assert.deepEqual(
      fatalitiesOf("Gunmen assassinated the opposition leader Ali Dembele and his driver in Bamako on Saturday."),
      [2],
    );
  });

  it("a stated count wins over the name: 'killed Omar and four guards' is read from the numbers", () => {
    const [dead] = fatalitiesOf("Gunmen killed five guards at the home of Omar Diallo in Segou on Saturday.");
    assert.equal(dead, 5);
  });

  describe("negative cases", () => {
    it("'his men' and 'the people' are no one person: the toll stays unknown", () => {
      assert.deepEqual(fatalitiesOf("Rebels killed his men near Gao on Saturday."), [null]);
      assert.deepEqual(fatalitiesOf("Rebels killed the people of a village near Gao on Saturday."), [null]);
    });

    it("a named person shot or attacked may live: no death is counted", () => {
      assert.deepEqual(fatalitiesOf("Gunmen shot Omar Diallo in Segou on Saturday."), [null]);
    });
  });
});
