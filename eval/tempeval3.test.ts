import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createDateFinder } from "../src/stages/dates/index.js";
import { loadDateQuantities } from "../src/stages/dates/quantities.js";
import { countTimexMatches, parseTimeMl, predictTimexes, scoreTimexCounts, type Timex } from "./tempeval3.js";

// A hand-made TimeML document in TimeBank's layout (not taken from the corpus).
const XML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-02-13T14:26:00" functionInDocument="CREATION_TIME">02/13/1998 14:26:00</TIMEX3></DCT>
<TEXT>
The council <EVENT eid="e1">voted</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-13">Friday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P210Y">210 years</TIMEX3> &amp; more, <TIMEX3 tid="t3" value="PRESENT_REF" type="DATE">now</TIMEX3>.
</TEXT>
</TimeML>`;

describe("tempeval3: TimeML parsing", () => {
  const doc = parseTimeMl("TEST1", XML);
  it("keeps only <TEXT>, strips tags, decodes entities and maps TIMEX3 offsets onto the plain text", () => {
    assert.equal(doc.text, "\nThe council voted Friday after 210 years & more, now.\n");
    assert.equal(doc.dct, "1998-02-13T14:26:00");
    assert.deepEqual(
      doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value]),
      [
        ["Friday", "DATE", "1998-02-13"],
        ["210 years", "DURATION", "P210Y"],
        ["now", "DATE", "PRESENT_REF"],
      ],
    );
  });
  it("runs the real dates code on the plain text, never the gold", () => {
    const predicted = predictTimexes({ ...doc, timexes: [] }, createDateFinder(loadDateQuantities()));
    assert.ok(predicted.every((p) => p.start >= 0 && p.end <= doc.text.length));
    assert.ok(
      predicted.some((p) => doc.text.slice(p.start, p.end) === "Friday"),
      JSON.stringify(predicted),
    );
  });
});

describe("tempeval3: scoring", () => {
  const gold: Timex[] = [
    { start: 0, end: 6, type: "DATE", value: "1998-02-13" },
    { start: 10, end: 19, type: "DURATION", value: "P210Y" },
    { start: 30, end: 33, type: "DATE", value: "PRESENT_REF" },
  ];
  const f1 = (predicted: Timex[], field: string) =>
    scoreTimexCounts(countTimexMatches(gold, predicted)).find((s) => s.field === field)!;

  it("a perfect prediction scores 1 everywhere", () => {
    for (const field of ["value", "span-strict", "span-relaxed", "type"]) assert.equal(f1(gold, field).f1, 1, field);
  });
  it("an empty prediction scores 0 recall and has no precision", () => {
    assert.equal(f1([], "value").recall, 0);
    assert.equal(f1([], "value").precision, null);
  });
  it("a known partial case: one exact, one overlapping with a wrong value, one spurious", () => {
    const predicted: Timex[] = [
      { start: 0, end: 6, type: "DATE", value: "1998-02-13" }, // exact, right value
      { start: 14, end: 19, type: "DATE", value: "P210Y" }, // overlaps "210 years": relaxed, right value, wrong type
      { start: 40, end: 45, type: "DATE", value: "1998" }, // spurious
    ];
    const value = f1(predicted, "value");
    assert.deepEqual([value.tp, value.fp, value.fn], [2, 1, 1]);
    assert.equal(value.f1, 2 / 3);
    assert.equal(f1(predicted, "span-strict").tp, 1);
    assert.equal(f1(predicted, "span-relaxed").tp, 2);
    assert.equal(f1(predicted, "type").accuracy, 1 / 2);
  });
  it("one prediction overlapping two gold spans counts once", () => {
    const wide: Timex[] = [{ start: 0, end: 19, type: "DATE", value: "1998-02-13" }];
    assert.equal(f1(wide, "span-relaxed").tp, 1);
  });
});
