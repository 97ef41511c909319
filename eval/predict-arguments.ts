// Prediction side of the argument scorers: the real pipeline (processText, the path ingest uses) and the
// public event records (toEventRecord), read as role-classed argument spans. Sees only the text.
import { toEventRecord } from "../src/records/event-record.js";
import { processText } from "../src/process.js";
import { FIELD_ROLES, SCORED_EVENT_TYPES } from "./argument-roles.js";
import type { Argument } from "./score-arguments.js";

const PRONOUN = /^(?:he|she)$/i;

export type Prediction = { arguments: Argument[]; events: number; skipped?: string };

export function predictArguments(text: string): Prediction {
  const result = processText(text, { origin: "eval" });
  if ("skipped" in result) return { arguments: [], events: 0, skipped: result.skipped.reason };
  const { doc } = result;
  const toInput = mapOffsetsToInput(doc.text, text);
  const records = doc.events.map((draft, i) => toEventRecord(doc, draft, i)).filter((r) => SCORED_EVENT_TYPES.has(r.event_type));
  const args: Argument[] = [];
  for (const record of records) {
    for (const { fields, role } of FIELD_ROLES) {
      const refs = fields.flatMap((f) => record.evidence[f] ?? []);
      // "he ordered ...": the actor's evidence holds the pronoun and the name it stands for; one argument, the name.
      for (const ref of refs.filter((r) => !(PRONOUN.test(r.text) && refs.length > 1))) {
        args.push({ role, start: toInput(ref.start), end: toInput(ref.end) });
      }
    }
  }
  return { arguments: args, events: records.length };
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
