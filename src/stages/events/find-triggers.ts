// Trigger words -> candidate event mentions with their ACLED type. A generic trigger ("attack",
// "struck") takes its type from the instruments named in the same sentence.
import { spansOf, type Doc, type Span } from "../../doc.js";
import { readLexiconTable } from "../../lexicon.js";
import { removeOverlaps } from "../entities/build-alias-matcher.js";

export type TriggerMention = {
  span: Span;
  eventType: string;
  subEventType: string;
  disorderType: string;
  sentence: number;
};

type TriggerEntry = { regex: RegExp; eventType: string; subEventType: string; disorderType: string };

let triggers: TriggerEntry[] | undefined;

function loadTriggers(): TriggerEntry[] {
  triggers ??= readLexiconTable("events/triggers.tsv").map((row) => ({
    regex: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${spacePattern(row.pattern)})(?![\\p{L}\\p{N}])`, "giu"),
    eventType: row.event_type,
    subEventType: row.sub_event_type,
    disorderType: row.disorder_type,
  }));
  return triggers;
}

export function findTriggers(doc: Doc): TriggerMention[] {
  const sentences = spansOf(doc, "sentences");
  const found = loadTriggers().flatMap((entry) =>
    [...doc.text.matchAll(entry.regex)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, entry })),
  );
  return removeOverlaps(found).flatMap(({ start, end, entry }) => {
    const sentence = sentences.findIndex((s) => s.start <= start && end <= s.end);
    if (sentence < 0) return [];
    const typed = entry.subEventType === "*" ? typeByInstrument(doc, sentences[sentence]) : entry;
    if (!typed) return [];
    const span: Span = { start, end, label: "TRIGGER", by: "events/trigger-lexicon", data: { subEventType: typed.subEventType } };
    return [{ span, eventType: typed.eventType, subEventType: typed.subEventType, disorderType: entry.disorderType, sentence }];
  });
}

/** The first weapon named in the sentence decides; no weapon, no type (the mention is too vague). */
function typeByInstrument(doc: Doc, sentence: Span): { eventType: string; subEventType: string } | null {
  const weapon = spansOf(doc, "weapons").find((w) => w.start >= sentence.start && w.end <= sentence.end);
  if (!weapon) return null;
  return { eventType: String(weapon.data!.eventType), subEventType: String(weapon.data!.subEventType) };
}

/** Lexicon patterns write a space for "white space" and " ?" for "optional white space". */
export function spacePattern(pattern: string): string {
  return pattern.replace(/ \?/g, "\\s*").replace(/ /g, "\\s+");
}
