// A remembered reading answers from memory only while everything it read is the same.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createDoc, type Doc } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import { rememberMentionReading } from "./remember-mention-reading.js";
import { EVENTS_SETTINGS } from "./settings.js";

const doc = createDoc("t", "Gunmen attacked a post on Sunday.", { origin: "test", published: "2024-03-11" });
const mention = (start: number, end: number): TriggerMention => ({
  span: { start, end, label: "TRIGGER", by: "test" },
  eventType: "Battles",
  subEventType: "Armed clash",
  disorderType: "Political violence",
  sentence: 0,
});

function countingReader() {
  const calls: number[] = [];
  const read = rememberMentionReading((_doc: Doc, m: TriggerMention) => {
    calls.push(m.span.start);
    return [m.span.start];
  });
  return { calls, read };
}

describe("events: remembered mention readings", () => {
  it("read a mention once while the document, the mentions and the settings are the same", () => {
    const { calls, read } = countingReader();
    const attacked = mention(7, 15);
    const all = [attacked];
    const first = read(doc, attacked, all, EVENTS_SETTINGS);
    assert.equal(read(doc, attacked, all, EVENTS_SETTINGS), first);
    assert.deepEqual(calls, [7]);
  });

  it("read again for another mention, another layer set, another mention list or other settings", () => {
    const attacked = mention(7, 15);
    const all = [attacked];
    const variants: [Doc, TriggerMention, TriggerMention[], typeof EVENTS_SETTINGS][] = [
      [doc, mention(7, 15), all, EVENTS_SETTINGS],
      [{ ...doc, layers: { ...doc.layers } }, attacked, all, EVENTS_SETTINGS],
      [doc, attacked, [attacked], EVENTS_SETTINGS],
      [doc, attacked, all, { ...EVENTS_SETTINGS }],
    ];
    for (const variant of variants) {
      const { calls, read } = countingReader();
      read(doc, attacked, all, EVENTS_SETTINGS);
      read(...variant);
      assert.equal(calls.length, 2);
    }
  });

  it("read again for other words: a reading that depends on a lexicon keeps it in its key", () => {
    const calls: number[] = [];
    const read = rememberMentionReading((_doc: Doc, m: TriggerMention, _all, _settings, words: Set<string>) => {
      calls.push(m.span.start);
      return words.size;
    });
    const attacked = mention(7, 15);
    const all = [attacked];
    const words = new Set(["a"]);
    read(doc, attacked, all, EVENTS_SETTINGS, words);
    read(doc, attacked, all, EVENTS_SETTINGS, words);
    assert.equal(read(doc, attacked, all, EVENTS_SETTINGS, new Set(["a", "b"])), 2);
    assert.deepEqual(calls, [7, 7]);
  });
});
