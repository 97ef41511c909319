// The two sides of a fight told after "between" (issue 18), on invented sentences through the real pipeline.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";

const recordsOf = (text: string) => processRecords(text, "2024-10-14");

describe("events: 'between X and Y' names both sides of a fight", () => {
  it("'fighting broke out between government forces and rebels': the forces act, the rebels are hit", () => {
    const [clash] = recordsOf("Heavy fighting broke out between government forces and rebels near Goma on Tuesday.");
    assert.match(String(clash?.actor1), /^Military Forces of /);
    assert.match(String(clash.actor2), /^Unidentified Armed Group/);
  });
  it("'clashes between police and bandits': both sides from the event noun's own phrase", () => {
    const [clash] = recordsOf("Clashes between police and bandits erupted in Zamfara on Sunday.");
    assert.match(String(clash?.actor1), /^Police Forces of /);
    assert.match(String(clash.actor2), /^Unidentified Armed Group/);
  });
  describe("negative cases", () => {
    it("a 'between' of two places names no side", () => {
      const records = recordsOf("Heavy fighting broke out between Goma and Sake on Tuesday.");
      assert.ok(
        records.every((r) => !String(r.actor2).startsWith("Civilians")),
        JSON.stringify(records),
      );
    });
  });
});
