// A fight still going on, told to say who a party is, is no incident (is-standing-fight.ts). Invented
// reports, published on Thursday 1996-08-22; each also tells one real attack, which must still come out.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const run = (text: string) => triggerWordsOf(processDoc(text, "1996-08-22"));
const RAID = "Gunmen attacked a police post near Kandy on Tuesday, killing two officers, police said.";

describe("events: a standing fight that describes a party is not an incident", () => {
  it("'Algeria, fighting a vicious war against rebels, criticised Britain': the war is no incident", () => {
    const words = run(
      `${RAID} Algeria, fighting a vicious war against Islamist guerrillas, criticised Britain on Wednesday for hosting the meeting.`,
    );
    assert.deepEqual(words, ["attacked"]);
  });

  it("'Egypt, which is also fighting armed militants': a present progressive relative clause describes Egypt", () => {
    const words = run(
      `${RAID} The meeting has worried Arab states like Egypt, which is also fighting armed militants.`,
    );
    assert.deepEqual(words, ["attacked"]);
  });

  describe("negative cases", () => {
    it("a main clause in the present ('troops are fighting rebels near Kandy') reports the day's fighting", () => {
      const words = run("Troops are fighting rebels near Kandy, residents said on Thursday.");
      assert.deepEqual(words, ["fighting"]);
    });

    it("a past progressive ('were fighting rebels when') narrates an incident", () => {
      const words = run("Soldiers who were fighting rebels near Kandy on Tuesday lost four men, the army said.");
      assert.ok(words.includes("fighting"), words.join(", "));
    });
  });
});
