// One person's violence in a report with no political side is a crime, not an event (issue 18). Invented
// whole reports through the real pipeline (processText); the negative cases change only who acted.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processDoc, triggerWordsOf } from "../../testing/process-doc.js";

const triggersOf = (text: string): string[] => triggerWordsOf(processDoc(text, "2021-06-28"));

// Six sentences or more: a shorter snippet shows no register (settings.registerMinSentences).
const report = (agent: string) =>
  [
    `${agent} stabbed a fisherman outside a bar in the port of Tromso on Saturday, police said.`,
    "Doctors said his condition was stable.",
    "The fisherman had been drinking with friends after a long week at sea.",
    "Witnesses said the row started over a game of cards.",
    "The bar will stay closed until Friday.",
    "Local newspapers said the town had been quiet for years.",
  ].join(" ");

describe("events: one person's violence with no political side", () => {
  it("a man who stabbed another is no attack", () => {
    assert.deepEqual(triggersOf(report("A man")), []);
  });

  it("a named person who stabbed another is no attack", () => {
    assert.deepEqual(triggersOf(report("Olav Berg")), []);
  });

  it("soldiers who stabbed him stay an attack", () => {
    assert.ok(triggersOf(report("Soldiers")).includes("stabbed"));
  });

  it("a man who stabbed him over his politics stays an attack", () => {
    const text = report("A man").replace("over a game of cards", "over his work as an opposition politician");
    assert.ok(triggersOf(text).includes("stabbed"));
  });

  it("the arrest of a lone attacker is the crime's too", () => {
    const text = report("A man")
      .replace("a fisherman outside", "two fishermen outside")
      .replace(
        "Doctors said",
        "Two people were wounded. Police arrested a 30-year-old man in Alta on Sunday. Doctors said",
      );
    assert.deepEqual(triggersOf(text), []);
  });

  it("the arrest of a man who stabbed an opposition politician stays", () => {
    const text = report("A man")
      .replace("a fisherman outside", "an opposition politician outside")
      .replace("Doctors said", "Police arrested the man on Monday. Doctors said");
    assert.ok(triggersOf(text).length > 0);
  });

  it("one man's rampage is no riot", () => {
    const text = report("A man").replace(
      "stabbed a fisherman outside a bar in the port of Tromso on Saturday",
      "went on a rampage in the port of Tromso on Saturday, smashing shop windows",
    );
    assert.deepEqual(triggersOf(text), []);
  });

  it("a crowd's rampage stays a riot", () => {
    const text = report("Hundreds of youths").replace(
      "stabbed a fisherman outside a bar in the port of Tromso on Saturday",
      "went on a rampage in the port of Tromso on Saturday, burning shops",
    );
    assert.ok(triggersOf(text).includes("rampage"), triggersOf(text).join());
  });
});
