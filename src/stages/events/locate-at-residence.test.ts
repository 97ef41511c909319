// A protest whose clause names no place of its own is placed at the town of the crowd that held it, and the
// crowd is its actor 1 (issue 18). Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string) => processRecords(text, "2024-09-04");
const COUNTRY = " Mali has been fighting an insurgency since 2012.";

describe("events: a crowd's town places its protest", () => {
  it("'residents of the northern city of X held a sit-in': the event is at X, not the report's country", () => {
    const [sitIn] = recordsOf(
      `Separately, residents of the northern city of Gao held a sit-in on Monday outside the governor's office to demand better security.${COUNTRY}`,
    );
    assert.equal(sitIn?.location, "Gao");
  });
  it("the crowd that held the sit-in is its actor 1, Protesters", () => {
    const [sitIn] = recordsOf(`Residents of Gao held a sit-in on Monday to demand better security.${COUNTRY}`);
    assert.equal(sitIn?.actor1, "Protesters (Mali)");
  });
  it("a place the clause attaches to the protest still wins over the crowd's home", () => {
    const [march] = recordsOf(
      `Residents of Gao held a sit-in in Bamako on Monday to demand better security.${COUNTRY}`,
    );
    assert.equal(march?.location, "Bamako");
  });
  it("'hundreds of residents of X marched to demand the road to Y': the crowd's town, not the town they asked about", () => {
    const [march] = recordsOf(
      `Separately, hundreds of residents of Gao marched on Monday to demand the reopening of the road to Ansongo.${COUNTRY}`,
    );
    assert.equal(march?.location, "Gao");
  });
  it("'fighters of X' travel: an armed group's town does not place its attack", () => {
    const [attack] = recordsOf(
      `Militants of Ansongo attacked an army post on Monday, killing three soldiers.${COUNTRY}`,
    );
    assert.notEqual(attack?.location, "Ansongo");
  });
});
