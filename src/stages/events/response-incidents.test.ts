// Issue 18: a response chain names two incidents, told forwards ("in response to a rocket attack") or
// backwards ("hours after the group launched a drone", "a day after", "in retaliation for"). Each side is
// its own record with its own place and toll, linked as a response. Invented reports, published Monday
// 2024-10-14.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc, EventDraft } from "../../doc.js";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-10-14");
const wordsOf = (doc: Doc, e: EventDraft) => e.eventType.evidence.map((s) => doc.text.slice(s.start, s.end));
const withWord = (doc: Doc, word: string) => {
  const found = doc.events.findIndex((e) => wordsOf(doc, e).some((w) => w.includes(word)));
  assert.ok(found >= 0, `no record with "${word}": ${showEvents(doc)}`);
  return found;
};

describe("events: the two sides of a response chain told backwards", () => {
  it("'hours after the group launched a drone at <place>': the drone attack is its own record with its wounded", () => {
    const doc = run(
      "Turkish warplanes struck Kurdish militant positions in northern Iraq on Monday, hours after the group launched an armed drone at a base in Hakkari province. The drone attack wounded three soldiers, the ministry said.",
    );
    assert.equal(doc.events.length, 2, showEvents(doc));
    const [strikes, drone] = [withWord(doc, "warplanes"), withWord(doc, "launched")];
    assert.notEqual(strikes, drone, showEvents(doc));
    assert.ok(wordsOf(doc, doc.events[drone]).includes("drone attack"), showEvents(doc));
    assert.equal(doc.events[drone].injuries?.value.best, 3);
    assert.equal(doc.events[strikes].injuries?.value.known ?? false, false);
    assert.equal(doc.events[drone].place?.value.iso3, "TUR");
    assert.deepEqual(doc.events[strikes].inResponseTo?.value, [drone]);
  });

  it("'a day after the rebels attacked a checkpoint': the attack keeps its generic trigger, its place and its dead", () => {
    const doc = run(
      "Government forces shelled rebel positions near Dara on Tuesday, a day after the rebels attacked an army checkpoint in Busra. The checkpoint attack killed four soldiers.",
    );
    assert.equal(doc.events.length, 2, showEvents(doc));
    const [shelling, attack] = [withWord(doc, "shelled"), withWord(doc, "attacked")];
    assert.equal(doc.events[attack].fatalities.value.best, 4, showEvents(doc));
    assert.equal(doc.events[shelling].fatalities.value.known, false);
    assert.notEqual(doc.events[attack].place?.value.location, doc.events[shelling].place?.value.location);
    assert.deepEqual(doc.events[shelling].inResponseTo?.value, [attack]);
  });

  it("'in retaliation for Friday's bombing ..., which killed six': the bombing has its day, place and dead", () => {
    const doc = run(
      "Army jets bombed militant camps near Marib on Sunday in retaliation for Friday's bombing in Aden, which killed six soldiers.",
    );
    assert.equal(doc.events.length, 2, showEvents(doc));
    const [jets, bombing] = [withWord(doc, "jets"), withWord(doc, "bombing")];
    assert.equal(doc.events[bombing].date?.value.start, "2024-10-11");
    assert.equal(doc.events[bombing].place?.value.location, "Aden");
    assert.equal(doc.events[bombing].fatalities.value.best, 6);
    assert.equal(doc.events[jets].date?.value.start, "2024-10-13");
    assert.equal(doc.events[jets].fatalities.value.known, false, "the bombing's dead are not the strikes'");
    assert.deepEqual(doc.events[jets].inResponseTo?.value, [bombing]);
  });
});

describe("events: a response chain told forwards keeps each side's numbers", () => {
  it("'in response to a rocket attack ... that wounded two': the wounded are the rocket attack's only", () => {
    const doc = run(
      "Israeli aircraft struck targets in Gaza on Friday in response to a rocket attack on Sderot that wounded two people.",
    );
    assert.equal(doc.events.length, 2, showEvents(doc));
    const [strikes, rockets] = [withWord(doc, "struck"), withWord(doc, "rocket")];
    assert.equal(doc.events[rockets].injuries?.value.best, 2);
    assert.equal(doc.events[strikes].injuries?.value.known ?? false, false);
    assert.deepEqual(doc.events[strikes].inResponseTo?.value, [rockets]);
  });

  describe("negative cases", () => {
    it("'even after the ceasefire' tells no ceasefire: only the strikes are a record", () => {
      const doc = run("Russian jets struck hospitals in Idlib on Sunday, even after the ceasefire.");
      assert.equal(doc.events.length, 1, showEvents(doc));
    });

    it("'hours after the bombing' named before is the same bombing, not a second record", () => {
      const doc = run(
        "A car bomb exploded in Mogadishu on Sunday, killing five people. Police arrested three suspects hours after the bombing.",
      );
      const bombings = doc.events.filter((e) => e.eventType.value === "Explosions/Remote violence");
      assert.equal(bombings.length, 1, showEvents(doc));
      assert.ok(wordsOf(doc, bombings[0]).includes("bombing"), showEvents(doc));
    });
  });
});

describe("events: a response that names what it answers only as 'the strike'", () => {
  const report =
    "A Syrian drone strike on a truck near the town of Qusayr killed four members of the militia on Friday, the group said. Hours later, the militia said it fired a volley of rockets at an army post in response to the strike.";

  it("the rocket fire is its own record, not a further act of the strike, and keeps none of its dead", () => {
    const doc = run(report);
    const [strike, rockets] = [withWord(doc, "drone strike"), withWord(doc, "rockets")];
    assert.notEqual(strike, rockets, showEvents(doc));
    assert.equal(doc.events[strike].fatalities.value.best, 4, showEvents(doc));
    assert.equal(doc.events[rockets].fatalities.value.known, false, showEvents(doc));
  });

  it("the rocket fire answers the strike, with the cue and 'the strike' as evidence", () => {
    const doc = run(report);
    const [strike, rockets] = [withWord(doc, "drone strike"), withWord(doc, "rockets")];
    const link = doc.events[rockets].inResponseTo;
    assert.deepEqual(link?.value, [strike], showEvents(doc));
    assert.deepEqual(
      link?.evidence.map((s) => doc.text.slice(s.start, s.end)),
      ["in response to", "the strike"],
    );
  });
});

describe("events: a response told straight after the strike it answers, with no day of its own", () => {
  const report =
    "Turkish jets struck a farmhouse in a village in northern Iraq on Saturday, killing three people, local officials said. The PKK said it fired mortars at Turkish army posts across the border in response to the strike.";

  it("the mortar fire joins no part of the strike by any path: two records, the strike's dead kept apart", () => {
    const doc = run(report);
    const [strike, mortars] = [withWord(doc, "struck"), withWord(doc, "mortars")];
    assert.notEqual(strike, mortars, showEvents(doc));
    assert.equal(doc.events[strike].fatalities.value.best, 3, showEvents(doc));
    assert.notEqual(doc.events[mortars].fatalities.value.best, 3, showEvents(doc));
    assert.deepEqual(doc.events[mortars].inResponseTo?.value, [strike], showEvents(doc));
  });

  describe("negative cases", () => {
    it("a response whose cue names something not told ('in response to the protests') still joins what it retells", () => {
      const doc = run(
        "Police fired tear gas at protesters in the capital on Saturday. The police fired tear gas again hours later in response to the stone throwing.",
      );
      assert.equal(doc.events.length, 1, showEvents(doc));
    });
  });
});
