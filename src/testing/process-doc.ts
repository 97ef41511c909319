// The pipeline's Doc for an invented report in a test: processText with the publication date the report
// assumes, failing the test when the report is declined instead of returning a skip.
import assert from "node:assert/strict";
import type { Doc, EventDraft } from "../doc.js";
import { processText } from "../process.js";
import { type EventRecord, toEventRecord } from "../records/event-record.js";

export function processDoc(text: string, published: string): Doc {
  const result = processText(text, { origin: "test", published });
  assert.ok("doc" in result, "the document was declined");
  return result.doc;
}

/** The event records (ACLED's columns, with evidence) of an invented report, as the store keeps them. */
export function processRecords(text: string, published: string): EventRecord[] {
  const doc = processDoc(text, published);
  return doc.events.map((draft, i) => toEventRecord(doc, draft, i));
}

/** The first record of an invented report whose event type is one of `types`; the test fails without one. */
export function recordOfType(text: string, published: string, types: readonly string[]): EventRecord {
  const records = processRecords(text, published);
  const record = records.find((r) => types.includes(r.event_type));
  assert.ok(record, `no ${types.join(" or ")} record in ${JSON.stringify(records.map((r) => r.event_type))}`);
  return record;
}

/** The trigger words of a Doc's events, in order: what a test of "is this an event" reads. */
export function triggerWordsOf(doc: Doc): string[] {
  return doc.events.map((e) => doc.text.slice(e.trigger.start, e.trigger.end));
}

/** "Attack @ Solle: killed|attack / …": each event's sub-type, place and type evidence, for assertion messages. */
export function showEvents(doc: Doc): string {
  const words = (e: EventDraft) => e.eventType.evidence.map((s) => doc.text.slice(s.start, s.end));
  return doc.events
    .map((e) => `${e.subEventType.value} @ ${e.place?.value.location ?? "-"}: ${words(e).join("|")}`)
    .join(" / ");
}

/** An event's date as the text gives it: null when undated or dated only by its report's week (date-by-report.ts). */
export function textDateOf(draft: EventDraft): EventDraft["date"] {
  return draft.date && (draft.date.stated || draft.date.evidence.length > 0) ? draft.date : null;
}
