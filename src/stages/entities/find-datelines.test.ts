import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findEntities } from "../../testing/find-entities.js";
import { findDatelines } from "./find-datelines.js";

const names = (text: string) => findDatelines(text, []).map((s) => [text.slice(s.start, s.end), s.label]);

describe("entities: datelines", () => {
  it("the town in capitals opening a line before a date or an agency, and its state or country", () => {
    const text =
      "NICE , France 1996-08-30\nST. LOUIS 1996-08-30\nIRVINE , Calif 1996-08-30\nROCHESTER , N.H. 1996-08-30\nBEIRUT, Lebanon (Reuters) - Troops moved.\nKABUL, Aug 30 - Fighting.\n";
    assert.deepEqual(names(text), [
      ["NICE", "LOC"],
      ["France", "LOC"],
      ["ST. LOUIS", "LOC"],
      ["IRVINE", "LOC"],
      ["Calif", "LOC"],
      ["ROCHESTER", "LOC"],
      ["N.H.", "LOC"],
      ["BEIRUT", "LOC"],
      ["Lebanon", "LOC"],
      ["KABUL", "LOC"],
    ]);
  });

  it("any agency in brackets before the dash, and a country and a date after the town", () => {
    const text = "GOMA (Wire) - Troops moved.\nADEN, Yemen, Oct. 14 (Herald Service) - Troops moved.\n";
    assert.deepEqual(names(text), [
      ["GOMA", "LOC"],
      ["ADEN", "LOC"],
      ["Yemen", "LOC"],
    ]);
  });

  it("no dateline: a headline in capitals, a name mid-line, a sentence opening with a year", () => {
    assert.deepEqual(
      names(
        "SOCCER - BARATELLI TO COACH NICE .\nThe club said on 1996-08-30 that NICE 1996-08-30 was late.\nIn 1996 troops left.\n",
      ),
      [],
    );
  });

  it("the dateline's town stays a place though the report names a club or a company after it", () => {
    const text =
      "NICE , France 1996-08-30\nNice have been unable to win since the club lost 2-1 to Lyon and 3-0 to Metz .\n";
    const spans = findEntities(text).filter((s) => s.start === 0);
    assert.deepEqual(
      spans.map((s) => [text.slice(s.start, s.end), s.label]),
      [["NICE", "LOC"]],
    );
  });
});
