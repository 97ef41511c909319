// A protest is coded by the most force used on it; the crowd the force dispersed is actor 1 of a protest
// with intervention. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { recordOfType } from "../../testing/process-doc.js";

const protestOf = (text: string) => recordOfType(text, "2025-03-03", ["Protests"]);

describe("events: a protest's sub-type is the most force used on it", () => {
  it("protesters hurt by the force that dispersed them make it excessive force, the force as actor 1", () => {
    const protest = protestOf(
      "Police fired tear gas to disperse protesters in Lusaka on Tuesday. Two protesters were wounded, a hospital official said.",
    );
    assert.equal(protest.sub_event_type, "Excessive force against protesters");
    assert.equal(protest.actor2, "Protesters (Zambia)");
  });
  it("the protesters police dispersed are actor 1, the police actor 2", () => {
    const protest = protestOf("Police fired tear gas to disperse protesters in Lusaka on Tuesday.");
    assert.equal(protest.actor1, "Protesters (Zambia)");
    assert.equal(protest.actor2, "Police Forces of Zambia");
  });
  it("a killing at the demonstrations told after the protest makes it excessive force, the crowd actor 2", () => {
    const protest = protestOf(
      "Anti-government protests broke out in several towns across Zambia on Saturday. Witnesses said security forces killed at least nine people at demonstrations against President Hakainde Hichilema in Kitwe.",
    );
    assert.equal(protest.sub_event_type, "Excessive force against protesters");
    assert.equal(protest.actor2, "Protesters (Zambia)");
  });
  it("a march whose crowd police dispersed with tear gas in the next sentence is an intervention", () => {
    const protest = protestOf(
      "Hundreds of residents of Kitwe marched on Monday to demand the reopening of a market. Police used tear gas to disperse the crowd, witnesses said.",
    );
    assert.equal(protest.sub_event_type, "Protest with intervention");
  });
  it("security forces firing into the air to disperse them make an intervention", () => {
    const protest = protestOf(
      "Hundreds of people protested in Kitwe on Saturday against power cuts. Security forces fired into the air to disperse them, witnesses said.",
    );
    assert.equal(protest.sub_event_type, "Protest with intervention");
  });
  it("protesters throwing stones in the next sentence make the march a riot, its crowd rioters", () => {
    const riot = recordOfType(
      "Hundreds of people protested in Kitwe on Saturday against power cuts. Police fired tear gas when some of them threw stones at the council offices.",
      "2025-03-03",
      ["Riots"],
    );
    assert.equal(riot.sub_event_type, "Violent demonstration");
    assert.equal(riot.actor1, "Rioters (Zambia)");
  });
  describe("negative cases", () => {
    it("police hurt in a dispersal do not make it excessive force", () => {
      const protest = protestOf(
        "Police fired tear gas to disperse protesters in Lusaka on Tuesday. Two officers were injured.",
      );
      assert.equal(protest.sub_event_type, "Protest with intervention");
    });
    it("a march no one broke up stays peaceful", () => {
      const protest = protestOf("Thousands of people marched peacefully in Lusaka on Tuesday to demand new elections.");
      assert.equal(protest.sub_event_type, "Peaceful protest");
    });
  });
});
