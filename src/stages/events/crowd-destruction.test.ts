// Property a crowd destroyed is a riot, the crowd its rioters; destroyed by armed men it stays property
// destruction. Invented sentences.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processText } from "../../process.js";
import { toEventRecord } from "../../records/event-record.js";

function recordsOf(text: string) {
  const result = processText(text, { published: "2025-03-03" });
  assert.ok("doc" in result);
  return result.doc.events.map((draft, i) => toEventRecord(result.doc, draft, i));
}

describe("events: a crowd's destruction of property is a violent demonstration", () => {
  it("hundreds of residents who set fire to a police post are rioters", () => {
    const [riot] = recordsOf("Hundreds of residents set fire to a police post in Kitwe on Tuesday, officials said.");
    assert.equal(riot?.sub_event_type, "Violent demonstration");
    assert.equal(riot?.actor1, "Rioters (Zambia)");
  });
  it("a crowd of villagers that torched a chief's home is a riot", () => {
    const [riot] = recordsOf("A crowd of villagers torched the home of a local chief in Kitwe on Tuesday.");
    assert.equal(riot?.sub_event_type, "Violent demonstration");
  });
  it("youths who rioted and torched vehicles held one riot, not a riot and a property destruction", () => {
    const records = recordsOf("Angry youths rioted in Kitwe on Tuesday and torched several vehicles.");
    assert.deepEqual(
      records.map((r) => r.sub_event_type),
      ["Violent demonstration"],
    );
  });
  describe("negative cases", () => {
    it("gunmen who torched homes while youths rioted destroyed property of their own", () => {
      const records = recordsOf("Gunmen torched several homes in Kitwe on Tuesday as youths rioted nearby.");
      assert.ok(records.some((r) => r.sub_event_type === "Looting/property destruction"));
    });
    it("gunmen who torched a home destroyed property, no riot", () => {
      const [record] = recordsOf("Gunmen torched the home of a local chief in Kitwe on Tuesday.");
      assert.equal(record?.sub_event_type, "Looting/property destruction");
    });
    it("soldiers who set fire to a market, told by residents, destroyed property", () => {
      const [record] = recordsOf("Soldiers set fire to a market in Kitwe on Tuesday, residents said.");
      assert.equal(record?.sub_event_type, "Looting/property destruction");
    });
  });
});
