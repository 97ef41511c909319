// One incident, one record (issue 18), on invented reports of the shapes that went wrong: a roundup of
// attacks in three towns, one kind of act in two countries, a headline whose incident the body tells
// elsewhere, a protest's injured and arrests. Mentions of one incident merge; incidents the text puts in different towns or countries stay
// apart, each with its own place and toll. Published Wednesday 2024-03-13.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import type { Doc, EventDraft } from "../../doc.js";
import { processDoc } from "../../testing/process-doc.js";

const run = (name: string): Doc =>
  processDoc(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"), "2024-03-13");

const wordsOf = (doc: Doc, e: EventDraft) => e.eventType.evidence.map((s) => doc.text.slice(s.start, s.end));
const placeOf = (e: EventDraft) => e.place?.value.location ?? null;
const describe_ = (doc: Doc) =>
  doc.events
    .map(
      (e) =>
        `${e.subEventType.value} @ ${placeOf(e)}: ${e.eventType.evidence.map((s) => doc.text.slice(s.start, s.end)).join("|")}`,
    )
    .join(" / ");

describe("events: incidents in different places stay apart", () => {
  it("a roundup of attacks in three towns on one day gives three records, each with its own toll", () => {
    const doc = run("three-town-roundup.txt");
    assert.equal(doc.events.length, 3, describe_(doc));
    const tolls = doc.events.map((e) => e.fatalities.value.best).sort((a, b) => (a ?? 0) - (b ?? 0));
    assert.deepEqual(tolls, [4, 7, 8], describe_(doc));
    const ambush = doc.events.find((e) =>
      e.eventType.evidence.some((s) => doc.text.slice(s.start, s.end) === "ambushed"),
    );
    assert.equal(ambush && placeOf(ambush), "Kaya", describe_(doc));
  });

  it("an undated act in another country does not join the first country's incident, nor take its place", () => {
    const doc = run("force-in-two-countries.txt");
    assert.equal(doc.events.length, 2, describe_(doc));
    const countries = doc.events.map((e) => e.place?.value.iso3).sort();
    assert.deepEqual(countries, ["KEN", "UGA"], describe_(doc));
    const kenya = doc.events.find((e) => e.place?.value.iso3 === "KEN")!;
    assert.equal(kenya.fatalities.value.best, 2);
  });

  it("a headline over two countries' crackdowns does not carry one country's acts into the other's record", () => {
    const doc = run("crackdown-headline-two-countries.txt");
    assert.equal(doc.events.length, 2, describe_(doc));
    const uganda = doc.events.find((e) => e.place?.value.iso3 === "UGA");
    assert.ok(uganda, describe_(doc));
    const words = uganda.eventType.evidence.map((s) => doc.text.slice(s.start, s.end));
    assert.ok(words.includes("demonstrators") && !words.includes("killing"), words.join("|"));
  });

  it("a foreign army's base attacked near the border with its home country is one record, where it stood", () => {
    const doc = run("foreign-base-near-border.txt");
    const attacks = doc.events.filter((e) => e.eventType.value === "Battles");
    assert.equal(attacks.length, 1, describe_(doc));
    assert.equal(attacks[0].place?.value.iso3, "NER", describe_(doc));
    assert.equal(attacks[0].fatalities.value.best, 9);
    assert.equal(attacks[0].split, undefined);
  });

  describe("negative cases", () => {
    it("an act in two countries named as its places is still one record per country", () => {
      const doc = processDoc("Jets struck rebel camps in Syria and Iraq on Monday, killing 30 fighters.", "2024-03-13");
      const countries = doc.events.map((e) => e.place?.value.iso3).sort();
      assert.deepEqual(countries, ["IRQ", "SYR"], describe_(doc));
    });

    it("an unplaced act right after an attack still joins it", () => {
      const doc = run("headline-and-body.txt");
      const attacks = doc.events.filter((e) => e.eventType.value !== "Strategic developments");
      assert.equal(attacks.length, 1, describe_(doc));
    });
  });
});

describe("events: a headline's attack and the body's are one record", () => {
  it("'Militants kill 12' joins the body's named group's dated attack though a second attack follows", () => {
    const doc = run("headline-named-group-two-attacks.txt");
    assert.equal(doc.events.length, 2, describe_(doc));
    const solle = doc.events.find((e) => e.fatalities.value.best === 12);
    assert.ok(solle, describe_(doc));
    assert.equal(solle.date?.value.start, "2024-03-12");
    assert.ok(wordsOf(doc, solle).includes("attack") && wordsOf(doc, solle).includes("killing"), describe_(doc));
    const dori = doc.events.find((e) => placeOf(e) === "Dori");
    assert.deepEqual(dori && wordsOf(doc, dori), ["attacked"], describe_(doc));
  });
});

describe("events: a time of day with no day word tells the incident told before", () => {
  it('a lead dated "on Sunday" and "opened fire ... in the early afternoon" after it are one record of Sunday', () => {
    const doc = run("wire-lead-then-time-of-day.txt");
    assert.equal(doc.events.length, 1, describe_(doc));
    const [attack] = doc.events;
    assert.equal(attack.date?.value.start, "2024-03-10", describe_(doc));
    assert.ok(
      wordsOf(doc, attack).some((w) => w.startsWith("opened fire")),
      describe_(doc),
    );
  });
});

describe("events: what happens at a protest is part of it", () => {
  it("the protesters taken to hospital and the protesters arrested that day join the protest", () => {
    const doc = run("protest-hospital-arrests.txt");
    assert.equal(doc.events.length, 1, describe_(doc));
    const words = wordsOf(doc, doc.events[0]);
    assert.ok(words.includes("arrested") && words.includes("fired tear gas"), words.join("|"));
    assert.equal(doc.events[0].eventType.value, "Protests");
    assert.equal(doc.events[0].place?.value.location, "Lusaka");
  });

  it("'arrested at the march' is no Arrests record of its own", () => {
    const doc = run("march-arrests.txt");
    assert.equal(doc.events.length, 1, describe_(doc));
    assert.ok(wordsOf(doc, doc.events[0]).includes("arrested"), describe_(doc));
  });

  describe("negative cases", () => {
    it("a march in another town and a protest on another day stay their own records", () => {
      const doc = run("protests-two-towns-two-days.txt");
      const kitwe = doc.events.filter((e) => placeOf(e) === "Kitwe");
      assert.equal(kitwe.length, 1, describe_(doc));
      assert.deepEqual(wordsOf(doc, kitwe[0]), ["marched"]);
      const days = new Set(doc.events.filter((e) => placeOf(e) === "Lusaka" && e.date).map((e) => e.date?.value.start));
      assert.equal(days.size, 2, describe_(doc));
    });

    it("an arrest whose sentence names no protest stays its own record", () => {
      const doc = run("protest-then-unrelated-arrest.txt");
      assert.ok(
        doc.events.some((e) => e.subEventType.value === "Arrests"),
        describe_(doc),
      );
    });
  });
});
