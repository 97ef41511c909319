// Issue 18: a toll told in a sentence of its own ("A health official said five people were killed, but the
// figure could not be independently verified") is the toll of the incident told before it, kept as a
// claim with its speaker, never an undated record of its own. Invented reports, published Monday 2024-10-14.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc } from "../../doc.js";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-10-14");

describe("events: a toll in its own sentence is the toll of the incident before it", () => {
  it("after a sentence naming the strikes' town, an unverified toll is the strikes' dead and a claim", () => {
    const doc = run(
      "Coalition jets struck rebel positions around Taiz on Sunday, a day after rebels fired missiles at a port in Jizan. The missile attack wounded two workers. Residents of Taiz said at least four strikes hit an army base near the city. A rebel health official said five people were killed, but the figure could not be independently verified.",
    );
    assert.equal(doc.events.length, 2, showEvents(doc));
    const strikes = doc.events.findIndex((e) => e.place?.value.location === "Taiz");
    assert.ok(strikes >= 0, showEvents(doc));
    assert.equal(doc.events[strikes].fatalities.value.best, 5);
    const missiles = doc.events.find((e) => e !== doc.events[strikes])!;
    assert.equal(missiles.fatalities.value.known, false, "the strikes' dead are not the missile attack's");
    const claim = (doc.claims ?? []).find((c) => c.kind === "fatalities");
    assert.ok(claim, "a claimed toll");
    assert.deepEqual(claim.events, [strikes]);
    assert.equal(claim.count?.value.best, 5);
    assert.equal(claim.claimant?.value, "A rebel health official");
    assert.deepEqual(doc.events[strikes].claims, [doc.claims!.indexOf(claim)]);
  });

  it("right after the incident's own sentence, the toll joins it", () => {
    const doc = run(
      "Jets bombed a market in Idlib on Friday. A local health official said nine people were killed, but the figure could not be independently verified.",
    );
    assert.equal(doc.events.length, 1, showEvents(doc));
    assert.equal(doc.events[0].fatalities.value.best, 9);
    assert.equal(doc.claims?.filter((c) => c.kind === "fatalities").length, 1);
  });

  describe("negative cases", () => {
    it("a toll with a day and town of its own is another incident", () => {
      const doc = run("Gunmen attacked a village in Zamfara on Monday. On Tuesday, five people were killed in Kano.");
      assert.equal(doc.events.length, 2, showEvents(doc));
    });

    it("a toll nobody doubts is the event's count, not a claim", () => {
      const doc = run(
        "Gunmen attacked a village in Zamfara on Monday. Five people were killed, a local official said.",
      );
      assert.equal(doc.events.length, 1, showEvents(doc));
      assert.equal(doc.events[0].fatalities.value.best, 5);
      assert.equal(doc.claims?.filter((c) => c.kind === "fatalities").length ?? 0, 0);
    });
  });
});
