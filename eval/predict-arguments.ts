// Prediction side of the argument scorers: the real pipeline (processText, the path ingest uses) and the
// public event records (toEventRecord), read as role-classed argument spans. Sees only the text.

import { processText } from "../src/process.js";
import { type EventRecord, toEventRecord } from "../src/records/event-record.js";
import { FIELD_ROLES, SCORED_EVENT_TYPES } from "./argument-roles.js";
import type { Argument, ArgumentEvent } from "./score-arguments.js";

const PRONOUN = /^(?:he|she)$/i;
/** Evidence that names what happened: where a gold trigger ("killed", "attack") can be found. */
const TRIGGER_FIELDS = ["event_type", "sub_event_type", "other_tactics", "fatalities", "injuries"];

export type PredictedEvent = ArgumentEvent & { record: EventRecord };
export type Prediction = { events: PredictedEvent[]; skipped?: string };

/**
 * Every event record sitrep makes of the text, with triggers and role-classed arguments in input offsets.
 * `statedOnly` drops a place inferred from the report (its focus country): a record does claim it, but it
 * is not an argument the event's words state, which is what the argument scorers measure.
 */
export function predictEvents(text: string, process: typeof processText = processText, statedOnly = false): Prediction {
  const result = process(text, { origin: "eval" });
  if ("skipped" in result) return { events: [], skipped: result.skipped.reason };
  const { doc } = result;
  const toInput = mapOffsetsToInput(doc.text, text);
  const shift = (s: { start: number; end: number }) => ({ start: toInput(s.start), end: toInput(s.end) });
  const events = doc.events.map((draft, i) => {
    const record = toEventRecord(doc, draft, i);
    const triggers = [draft.trigger, ...TRIGGER_FIELDS.flatMap((f) => record.evidence[f] ?? [])].map(shift);
    const skip = statedOnly && draft.place?.stated === false ? new Set(["location"]) : new Set<string>();
    return { record, triggers, arguments: argumentsOf(record, skip).map((a) => ({ ...a, ...shift(a) })) };
  });
  return { events };
}

/** The violent events only: what the gold's attack / die / injure arguments are compared with. */
export function predictArguments(text: string, process: typeof processText = processText): Prediction {
  const prediction = predictEvents(text, process, true);
  return { ...prediction, events: prediction.events.filter((e) => SCORED_EVENT_TYPES.has(e.record.event_type)) };
}

function argumentsOf(record: EventRecord, skip: ReadonlySet<string>): Argument[] {
  const args: Argument[] = [];
  for (const { fields, role } of FIELD_ROLES) {
    const refs = fields.filter((f) => !skip.has(f)).flatMap((f) => record.evidence[f] ?? []);
    // "he ordered ...": the actor's evidence holds the pronoun and the name it stands for; one argument, the name.
    for (const ref of refs.filter((r) => !(PRONOUN.test(r.text) && refs.length > 1)))
      args.push({ role, start: ref.start, end: ref.end });
  }
  return args;
}

/**
 * Offsets into the cleaned text → offsets into the text we fed. Cleaning may trim, fold line ends and
 * squeeze blank lines, and cut trailing boilerplate; it never reorders. Walk both strings, letting
 * whitespace differ, so a change in the clean stage cannot silently shift every span.
 */
export function mapOffsetsToInput(cleaned: string, input: string): (offset: number) => number {
  if (cleaned === input) return (offset) => offset;
  const map = new Array<number>(cleaned.length + 1);
  let j = 0;
  for (let i = 0; i < cleaned.length; i++) {
    const isSpace = /\s/.test(cleaned[i]);
    while (j < input.length && input[j] !== cleaned[i] && (isSpace || /\s/.test(input[j]))) j++;
    map[i] = Math.min(j, input.length);
    if (j < input.length) j++;
  }
  map[cleaned.length] = j;
  return (offset) => map[offset] ?? offset;
}
