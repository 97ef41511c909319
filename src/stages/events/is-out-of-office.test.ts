// A leader the text puts out of office ("former president X") stands for no state's forces
// (is-out-of-office.ts); a sitting one still does. Invented reports.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { processRecords } from "../../testing/process-doc.js";
import { isOutOfOffice, loadOutOfOfficeWords } from "./is-out-of-office.js";

const WORDS = loadOutOfOfficeWords();
const PUBLISHED = "2019-02-11";
const nameIn = (text: string, name: string) => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, label: "PERSON", by: "test" };
};

describe("events: a leader out of office commands no forces", () => {
  it('"fighters loyal to former president Omar al-Bashir attacked": no Military Forces of Sudan', () => {
    const text =
      "Fighters loyal to former president Omar al-Bashir attacked the town of Kadugli in Sudan on Monday, killing nine people.";
    const actors = processRecords(text, PUBLISHED).map((r) => r.actor1);
    assert.ok(actors.length > 0, "no record");
    assert.ok(!actors.includes("Military Forces of Sudan"), actors.join("; "));
  });

  it('"ex-prime minister X", "the ousted leader X": modifiers with words of office between', () => {
    const a = "Gunmen loyal to ex-prime minister Ali Haidar stormed the port.";
    const b = "Men backing the ousted leader Ali Haidar stormed the port.";
    assert.equal(isOutOfOffice(a, nameIn(a, "Ali Haidar"), WORDS), true);
    assert.equal(isOutOfOffice(b, nameIn(b, "Ali Haidar"), WORDS), true);
  });
});

describe("events: a sitting leader and other words before a name", () => {
  it('"President X" and "former rebels attacked X\'s convoy" are not out of office', () => {
    const a = "Troops sent by President Ali Haidar stormed the port.";
    const b = "Former rebels attacked Ali Haidar on Monday.";
    assert.equal(isOutOfOffice(a, nameIn(a, "Ali Haidar"), WORDS), false);
    assert.equal(isOutOfOffice(b, nameIn(b, "Ali Haidar"), WORDS), false);
  });
});
