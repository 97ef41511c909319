// Issue 18: a report that retells its incident with another verb ("Gunmen stormed the village, killing
// 12" after "killed 12 people in an attack on the village on Monday") gives one record, typed by the
// more specific telling. Distinct incidents with tolls of their own stay apart. Invented reports,
// published Monday 2024-10-14.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Doc, EventDraft } from "../../doc.js";
import { processDoc, showEvents } from "../../testing/process-doc.js";

const run = (text: string): Doc => processDoc(text, "2024-10-14");
const wordsOf = (doc: Doc, e: EventDraft) => e.eventType.evidence.map((s) => doc.text.slice(s.start, s.end));

describe("events: a retelling of another type is the same incident", () => {
  it("'Gunmen stormed <village>, killing 12 villagers' after '... killed 12 people in an attack on <village> on Monday'", () => {
    const doc = run(
      "Militants killed 12 people in an attack on the village of Solle in northern Burkina Faso on Monday, officials said. The army said it had launched an operation in the area. Gunmen stormed Solle, killing 12 villagers, a local official said.",
    );
    assert.equal(doc.events.length, 1, showEvents(doc));
    const [attack] = doc.events;
    assert.equal(attack.subEventType.value, "Attack", "the specific telling types it, not the generic 'stormed'");
    assert.equal(attack.fatalities.value.best, 12);
    assert.equal(attack.date?.value.start, "2024-10-14");
    assert.ok(wordsOf(doc, attack).includes("stormed"), showEvents(doc));
    assert.deepEqual(attack.otherTactics ?? [], []);
  });

  it("a later bare telling ('when a missile struck', no day, place, toll or actor) joins the one strike told", () => {
    const doc = run(
      "An air strike hit a wedding party in the village of Bani Qais in Yemen's Hajjah province on Saturday, killing nine people, medics said.\n\nThe health ministry blamed the coalition for the strike. A coalition spokesman said the claims would be investigated.\n\nWitnesses said the guests were eating in a tent when a missile struck shortly after sunset.",
    );
    assert.equal(doc.events.length, 1, showEvents(doc));
    assert.ok(wordsOf(doc, doc.events[0]).includes("missile struck"), showEvents(doc));
  });

  describe("negative cases", () => {
    it("a bare telling after two strikes of that type joins neither", () => {
      const doc = run(
        "An air strike hit a market in Saada on Saturday, killing nine people. Another air strike hit a school in Hajjah on Sunday, killing four.\n\nThe health ministry condemned the strikes. Witnesses said a missile struck at dawn.",
      );
      assert.equal(
        doc.events.filter((e) => e.eventType.value === "Explosions/Remote violence").length,
        3,
        showEvents(doc),
      );
    });

    it("the same toll in another town, told apart, is another incident", () => {
      const doc = run(
        "Jihadists killed 12 soldiers in an attack on an army post in Djibo on Monday. Separately, gunmen stormed a village near Kaya on Monday, killing 12 people.",
      );
      assert.equal(doc.events.length, 2, showEvents(doc));
    });

    it("killings in two provinces on one day stay two records, each with its toll", () => {
      const doc = run(
        "Gunmen killed five people in Zamfara on Monday. Bandits killed seven people in Katsina on Monday.",
      );
      assert.equal(doc.events.length, 2, showEvents(doc));
      assert.deepEqual(doc.events.map((e) => e.fatalities.value.best).sort(), [5, 7]);
    });

    it("a retelling with another toll is not joined by toll", () => {
      const doc = run(
        "Militants killed 12 people in an attack on the village of Solle in northern Burkina Faso on Monday, officials said. The army said it had launched an operation in the area. Gunmen stormed a police post, killing three officers, a local official said.",
      );
      assert.ok(doc.events.length >= 2, showEvents(doc));
    });
  });
});
