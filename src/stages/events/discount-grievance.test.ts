// Words of force inside what a protest is about are its grievance, not force used on it. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { recordOfType } from "../../testing/process-doc.js";

const protestOf = (text: string) => recordOfType(text, "2025-03-03", ["Protests", "Riots"]);

describe("events: a protest's grievance is no force used on it", () => {
  it("a crackdown the protesters came out to denounce leaves their march peaceful, the crowd actor 1", () => {
    const protest = protestOf(
      "In Zambia, several hundred protesters took to the streets in Lusaka on Tuesday to denounce Malawi's crackdown on opposition activists.",
    );
    assert.equal(protest.sub_event_type, "Peaceful protest");
    assert.equal(protest.actor1, "Protesters (Zambia)");
  });
  it("a rally against police killings is a peaceful protest", () => {
    const protest = protestOf(
      "Hundreds of students held a rally against the killing of a teacher in Lusaka on Tuesday.",
    );
    assert.equal(protest.sub_event_type, "Peaceful protest");
  });
  describe("negative cases", () => {
    it("force told outside the grievance still types the protest", () => {
      const protest = protestOf(
        "Police fired live rounds at protesters who took to the streets in Lusaka on Tuesday to denounce the election result.",
      );
      assert.equal(protest.sub_event_type, "Excessive force against protesters");
    });
    it("tear gas used on a march against price rises makes an intervention", () => {
      const protest = protestOf(
        "Police fired tear gas at protesters marching against price rises in Lusaka on Tuesday, witnesses said.",
      );
      assert.equal(protest.sub_event_type, "Protest with intervention");
    });
  });
});
