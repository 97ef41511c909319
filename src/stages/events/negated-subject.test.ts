// A clause denied by its subject ("nobody", "no group", "neither ... nor ...") or by a denied verb it is the
// open complement of ("nobody dared to kidnap") tells of no incident; the same act with a real subject, or
// a denial elsewhere in the sentence, still does. Invented sentences through processText.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const triggersOf = (text: string): string[] => triggerWordsOf(processDoc(text, "2025-06-12"));

describe("events: a clause denied by its subject or its governing verb", () => {
  it("a subject with the correlative neither ... nor denies the act", () => {
    const text = "Neither the old regime nor the communists dared to kidnap an American citizen, he shouted.";
    assert.deepEqual(triggersOf(text), []);
  });

  it("a subject with the determiner no denies the act its verb governs", () => {
    assert.deepEqual(triggersOf("No group dared to kidnap a foreign citizen in the town, he said."), []);
  });

  it("a negative pronoun as subject denies the act", () => {
    assert.deepEqual(triggersOf("No soldiers attacked the village of Koro on Monday, police said."), []);
  });

  it("a verb whose subject is nobody denies the act it governs", () => {
    assert.deepEqual(triggersOf("Nobody dared to attack the town of Koro, the governor said."), []);
  });

  it("the act with a real subject stays an event", () => {
    const found = triggersOf("Gunmen kidnapped two foreign workers in Koro on Monday, police said.");
    assert.ok(found.length > 0, found.join());
  });

  it("a denial in another clause of the sentence leaves the act an event", () => {
    const text =
      "Gunmen kidnapped two foreign workers in Koro on Monday, but none of the women was harmed, police said.";
    assert.ok(triggersOf(text).includes("kidnapped"), triggersOf(text).join());
  });
});
