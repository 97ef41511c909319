// The "did it happen" gate in the events stage, on invented sentences: clauses that did not happen (a planned
// protest, a threat, a negated attack, a habit) make no event, their past-tense twins do; and in a business
// report with no weapon, casualty count or armed actor, the classifier drops the metaphor the rules keep.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { buildProcessor, type Processor, processText } from "../../process.js";
import { loadResources } from "../../resources.js";
import { DEFAULT_SETTINGS } from "../../settings.js";
import { isUnhappened } from "./is-unhappened.js";
import { EVENTS_SETTINGS } from "./settings.js";

const PUBLISHED = "2024-03-11";

function eventsOf(processor: Processor, text: string) {
  const result = processText(text, { published: PUBLISHED }, processor);
  assert.ok("doc" in result, "the report was processed");
  return result.doc.events;
}

describe("events: clauses that did not happen", () => {
  let processor: Processor;
  before(() => {
    processor = buildProcessor(loadResources());
  });
  const pairs: [string, string, string][] = [
    [
      "a planned protest",
      "Opposition supporters are planning to march on the parliament in Dakar on Friday.",
      "Opposition supporters marched on the parliament in Dakar on Friday.",
    ],
    [
      "a threat",
      "The rebel commander threatened to attack the army base outside Goma.",
      "The rebels attacked the army base outside Goma on Sunday.",
    ],
    [
      "a negated attack",
      "Witnesses said the militia did not attack the convoy near Bunia on Sunday.",
      "Witnesses said the militia attacked the convoy near Bunia on Sunday.",
    ],
    [
      "a habitual clause",
      "Gunmen used to raid the villages around Maiduguri before the army arrived.",
      "Gunmen raided the villages around Maiduguri on Sunday.",
    ],
  ];
  for (const [what, unreal, real] of pairs) {
    it(`${what} makes no event; its past-tense twin does`, () => {
      assert.equal(eventsOf(processor, unreal).length, 0, unreal);
      assert.ok(eventsOf(processor, real).length > 0, real);
    });
  }

  it("a business report without conflict evidence makes no event of its takeover", () => {
    const report = [
      "Northgate Foods seized control of its rival Harbor Mills on Monday.",
      "Shares of Harbor Mills were higher after the announcement.",
      "Analysts said the price war in the sector would ease.",
      "Northgate's chief executive said the merger would save $300 million a year.",
      "The companies expect the purchase to close in the autumn.",
      "Regulators have not yet said whether they will review it.",
    ].join(" ");
    const rulesOnly = buildProcessor(loadResources(), {
      ...DEFAULT_SETTINGS,
      events: { ...EVENTS_SETTINGS, happenedThreshold: 0, quietHappenedThreshold: 0 },
    });
    assert.equal(eventsOf(rulesOnly, report).length, 1, "the rules alone read the takeover as a seizure");
    assert.equal(eventsOf(processor, report).length, 0);
  });
});

describe("isUnhappened", () => {
  const settings = { ...EVENTS_SETTINGS, happenedThreshold: 0.1, quietHappenedThreshold: 0.35 };
  it("drops a clause scored below the threshold in any report", () => {
    assert.equal(
      isUnhappened(0.05, () => false, settings),
      true,
    );
    assert.equal(
      isUnhappened(0.2, () => false, settings),
      false,
    );
  });
  it("drops a weaker doubt only where the report and the predicate show no conflict", () => {
    assert.equal(
      isUnhappened(0.2, () => true, settings),
      true,
    );
    assert.equal(
      isUnhappened(0.5, () => true, settings),
      false,
    );
  });
});
