// A hand-made line in the WikiEvents format (text: the seed article's second sentence, not gold data).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { evaluateArgumentDocs } from "./evaluate-arguments.js";
import { HEAD_RULE } from "./score-arguments.js";
import { readWikiEventsDoc } from "./wikievents.js";

const TOKENS = [
  "WASHINGTON",
  "–",
  "The",
  "United",
  "States",
  "carried",
  "out",
  "airstrikes",
  "in",
  "Syria",
  "and",
  "Iraq",
  "against",
  "two",
  "Iranian",
  "-",
  "backed",
  "militias",
  ".",
];
const LINE = JSON.stringify({
  doc_id: "seed-2",
  tokens: TOKENS,
  // WikiEvents' char offsets drift from its text; the reader must not rely on them (here they are junk).
  sentences: [[TOKENS.map((t) => [t, -1, -1]), TOKENS.join(" ")]],
  entity_mentions: [
    { id: "T1", start: 3, end: 5 }, // United States
    { id: "T2", start: 9, end: 10 }, // Syria
    { id: "T3", start: 14, end: 18 }, // Iranian-backed militias
    { id: "T4", start: 0, end: 1 }, // WASHINGTON (argument of an out-of-scope event)
  ],
  event_mentions: [
    {
      event_type: "Conflict.Attack.Unspecified",
      trigger: { start: 7, end: 8 },
      arguments: [
        { entity_id: "T1", role: "Attacker" },
        { entity_id: "T3", role: "Target" },
        { entity_id: "T2", role: "Place" },
      ],
    },
    { event_type: "Contact.Contact.Broadcast", arguments: [{ entity_id: "T4", role: "Place" }] },
  ],
});

describe("wikievents reader", () => {
  const doc = readWikiEventsDoc(LINE);
  it("turns token spans into character spans of the joined text", () => {
    const [event] = doc.events;
    assert.deepEqual(
      event.arguments.map((g) => [g.role, doc.text.slice(g.start, g.end), doc.text.slice(g.head!.start, g.head!.end)]),
      [
        ["attacker", "United States", "States"],
        ["target/victim", "Iranian-backed militias", "militias"],
        ["place", "Syria", "Syria"],
      ],
    );
    assert.equal(doc.text.slice(event.triggers[0].start, event.triggers[0].end), "airstrikes");
  });
  it("leaves out events of types sitrep does not extract", () => {
    assert.equal(doc.events.length, 1);
  });
});

describe("wikievents scoring", () => {
  const doc = readWikiEventsDoc(LINE);
  const setup = { headline: "", unit: "", scope: "", rule: HEAD_RULE };
  it("perfect prediction → 1, empty → 0", () => {
    assert.equal(
      evaluateArgumentDocs([doc], setup, () => ({ events: doc.events.map((e) => ({ ...e, record: null as never })) }))
        .score,
      1,
    );
    assert.equal(evaluateArgumentDocs([doc], setup, () => ({ events: [] })).score, 0);
  });
  it("the real pipeline finds the United States as attacker from the text alone", () => {
    const result = evaluateArgumentDocs([doc], setup);
    const attacker = result.fields.find((f) => f.field === "attacker");
    assert.equal(attacker?.tp, 1, JSON.stringify(result.fields));
  });
  it("--limit scores only the first documents and progress counts them", () => {
    const seen: number[] = [];
    const result = evaluateArgumentDocs(
      [doc, doc, doc],
      { ...setup, limit: 2, onProgress: (done) => seen.push(done) },
      () => ({ events: [] }),
    );
    assert.equal(result.n, 2);
    assert.deepEqual(seen, [1, 2]);
  });
});
