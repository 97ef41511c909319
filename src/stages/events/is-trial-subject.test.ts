// What a witness tells a court is the subject of a trial, an old incident retold; the same words told to
// reporters still report an incident. Invented sentences through the real pipeline (processText).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const triggersOf = (text: string): string[] => triggerWordsOf(processDoc(text, "2022-05-19"));

describe("events: court testimony is the subject of a trial", () => {
  it("what a witness told the court the defendants did is no incident of the day", () => {
    const text =
      "A witness told the court on Tuesday that the defendants raided the hamlet of Oru and killed four herders.";
    assert.deepEqual(triggersOf(text), []);
  });

  it("what a witness testified to is no incident of the day", () => {
    assert.deepEqual(triggersOf("A shepherd testified on Tuesday that the accused men burned his barn."), []);
  });

  describe("negative cases", () => {
    it("the same clause told to reporters stays an incident", () => {
      const text =
        "A police spokesman told reporters on Tuesday that gunmen raided the hamlet of Oru and killed four herders.";
      assert.ok(triggersOf(text).length > 0);
    });

    it("a court only as the place of a speech act outside it keeps the incident", () => {
      const text = "Lawyers told reporters outside the court that police beat dozens of protesters in Oru on Tuesday.";
      assert.ok(triggersOf(text).length > 0);
    });
  });
});
