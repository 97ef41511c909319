// Trigger words -> candidate event mentions with their ACLED type. The lexicon proposes a type; the
// words around the trigger settle it (classify-event.ts). A generic trigger ("attack", "struck") takes
// its type from the instruments named in the same sentence, then from its target, and is dropped when
// a specific trigger in its sentence already names the event ("killed in an air strike").
import { type Doc, type LayerSpan, type Range, spansOf } from "../../doc.js";
import {
  type BoundedPatternSet,
  findEachBoundedMatch,
  makeBoundedPatternSet,
} from "../../text/find-each-bounded-match.js";
import { removeOverlaps } from "../../text/remove-overlaps.js";
import { buildContext, classifyEvent, typeGenericAttack } from "./classify-event.js";
import type { EventLexicons, TriggerEntry } from "./event-lexicons.js";
import { isComparisonMention } from "./is-comparison-mention.js";
import { mapToCameo } from "./map-to-cameo.js";
import { readParseTree } from "./parse-tree.js";
import { rankEventType } from "./rank-event-types.js";
import { findResponseCueStarts } from "./response-cues.js";
import type { EventsSettings } from "./settings.js";

export type TriggerMention = {
  span: LayerSpan<"events">;
  eventType: string;
  subEventType: string;
  disorderType: string;
  sentence: number;
  /** CAMEO code (root or base) of the event, e.g. "195" for an air strike. */
  cameo?: string;
  /** PLOVER event type and mode, e.g. ASSAULT / heavy-weapons. */
  plover?: string;
  ploverMode?: string;
};

export function findTriggers(doc: Doc, lexicons: EventLexicons, settings: EventsSettings): TriggerMention[] {
  return keepUncoveredTriggers(doc, findTriggerCandidates(doc, lexicons, settings));
}

/** A trigger pattern's match, overlaps not yet settled. */
export type TriggerMatch = Range & { entry: TriggerEntry };

/** Every match of every trigger pattern, entry by entry in the lexicon's order, each entry's in text order.
 * `patterns`: the entries' patterns as one set (EventLexicons.triggerPatterns), made once. */
export function findTriggerMatches(
  text: string,
  triggers: readonly TriggerEntry[],
  patterns: BoundedPatternSet = makeBoundedPatternSet(triggers.map((entry) => entry.pattern)),
): TriggerMatch[] {
  return findEachBoundedMatch(text, patterns).flatMap((matches, i) =>
    matches.map((m) => ({ start: m.index, end: m.index + m[0].length, entry: triggers[i] })),
  );
}

/** Every trigger the lexicon finds and types, before a sentence's specific triggers cover its generic ones.
 * `found`: the text's trigger matches (findTriggerMatches), when the caller has them already. */
export function findTriggerCandidates(
  doc: Doc,
  lexicons: EventLexicons,
  settings: EventsSettings,
  found: readonly TriggerMatch[] = findTriggerMatches(doc.text, lexicons.triggers, lexicons.triggerPatterns),
): TriggerMention[] {
  const sentences = spansOf(doc, "sentences");
  return removeOverlaps(found).flatMap(({ start, end, entry }) => {
    const sentence = sentences.findIndex((s) => s.start <= start && end <= s.end);
    if (sentence < 0) return [];
    const ctx = buildContext(doc, sentences[sentence], start, end, sentences[sentence - 1]);
    const typed =
      entry.subEventType === "*"
        ? typeGenericAttack(ctx, lexicons, settings.targetWords)
        : classifyEvent(entry, ctx, lexicons);
    if (!typed) return [];
    const data = { subEventType: typed.subEventType, generic: entry.subEventType === "*" };
    const span: LayerSpan<"events"> = { start, end, label: "TRIGGER", by: "events/trigger-lexicon", data };
    return [{ span, ...typed, sentence, ...mapToCameo(typed.subEventType, lexicons) }];
  });
}

/**
 * The candidates less the generic ones a specific trigger covers (dropCoveredGenerics). "killed twelve
 * villagers ..., the deadliest since a bombing in May": a yardstick the parse reads (is-comparison-mention.ts)
 * covers nothing; before the syntax stage has parsed the sentence, no trigger is read as one.
 */
export function keepUncoveredTriggers(
  doc: Doc,
  mentions: TriggerMention[],
  parts: ReadonlyMap<TriggerMention, string> = findClauseParts(doc, mentions),
): TriggerMention[] {
  const tree = readParseTree(doc);
  return dropCoveredGenerics(
    mentions,
    (m) => parts.get(m)!,
    (m) => isComparisonMention(tree, m),
    (m) => KILLING_WORD.test(doc.text.slice(m.span.start, m.span.end)),
  );
}

// "stormed a village, killing 12 people and abducting 50": people killed make the incident an attack, the
// abducted its other victims (ACLED types an incident by its gravest act; an abduction with deaths is an attack).
const KILLING_WORD = /^kill/i;
const ABDUCTION = "Abduction/forced disappearance";

/** A generic trigger adds nothing where its sentence has a specific one of political violence, and a
 * killing of civilians ("killed eight people") is the victims of a higher-ranked tactic in the same
 * sentence (ACLED's hierarchy: "suicide bombers killed eight people" is a Suicide bomb). A response cue
 * parts the sentence: "shelled the town a day after rebels attacked a checkpoint" tells two events. */
function dropCoveredGenerics(
  mentions: TriggerMention[],
  partOf: (m: TriggerMention) => string,
  isYardstick: (m: TriggerMention) => boolean,
  isKilling: (m: TriggerMention) => boolean,
): TriggerMention[] {
  const specific = mentions.filter(
    (m) => !m.span.data?.generic && m.disorderType === "Political violence" && !isYardstick(m),
  );
  const topRank = new Map<string, number>();
  for (const m of specific) topRank.set(partOf(m), Math.max(topRank.get(partOf(m)) ?? 0, rankEventType(m.eventType)));
  const abductionsOnly = new Set(
    specific.filter((m) => specific.every((o) => partOf(o) !== partOf(m) || o.subEventType === ABDUCTION)).map(partOf),
  );
  const killingParts = new Set(
    mentions
      .filter(
        (m) => m.span.data?.generic && m.subEventType === "Attack" && isKilling(m) && abductionsOnly.has(partOf(m)),
      )
      .map(partOf),
  );
  return mentions.filter((m) => {
    if (m.span.data?.generic) return !topRank.has(partOf(m)) || killingParts.has(partOf(m));
    return (
      m.eventType !== "Violence against civilians" ||
      m.subEventType !== "Attack" ||
      (topRank.get(partOf(m)) ?? 0) <= rankEventType(m.eventType)
    );
  });
}

/**
 * Each mention's clause part: its sentence and how many response cues come before it there. They read the
 * text and the sentences alone, so the sentence choice and the events stage may share them
 * (remember-triggers.ts); each sentence is scanned for cues once, however many mentions it holds.
 */
export function findClauseParts(doc: Doc, mentions: readonly TriggerMention[]): Map<TriggerMention, string> {
  const sentences = spansOf(doc, "sentences");
  const cuesOf = new Map<number, number[]>();
  return new Map(
    mentions.map((m) => {
      let cues = cuesOf.get(m.sentence);
      if (!cues) cuesOf.set(m.sentence, (cues = findResponseCueStarts(doc, sentences[m.sentence])));
      return [m, `${m.sentence}:${cues.filter((c) => c < m.span.start).length}`];
    }),
  );
}
