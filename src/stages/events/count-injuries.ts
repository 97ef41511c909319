// Injuries in an incident's sentences. A number the numbers stage read ("12 wounded") gives low / best /
// high as for fatalities (lowest best, ACLED's conservative rule); a vague report ("a number of U.S.
// contractors and other staff were treated for smoke inhalation") says people were hurt but not how many:
// known, with no number rather than a guessed one.
import { type Doc, type FatalityValue, type Field, type LayerSpan, type Span, spansOf } from "../../doc.js";
import { loadPatternLines } from "../../lexicon.js";
import type { TextRange } from "./incident.js";
import type { EventsSettings } from "./settings.js";

const CUES = loadPatternLines("incidents/injury-cues.txt");
// A vague quantifier shortly before the cue starts the evidence ("a number of ... were treated").
const VAGUE = /\b(?:a\s+number\s+of|several|some|many|dozens\s+of|scores\s+of|a\s+few|numerous|a\s+handful\s+of)\b/gi;

/** `withheld`: text whose counts are another incident's (incident.ts). */
export function countInjuries(
  doc: Doc,
  sentenceIndexes: Iterable<number>,
  settings: EventsSettings,
  withheld: readonly TextRange[] = [],
): Field<FatalityValue> {
  const sentences = [...sentenceIndexes].map((i) => spansOf(doc, "sentences")[i]).filter(Boolean);
  const isOwn = (n: TextRange) => !withheld.some((w) => n.start < w.end && w.start < n.end);
  const counted = sentences.flatMap((s) =>
    spansOf(doc, "numbers").filter((n) => n.label === "INJURED" && n.start >= s.start && n.end <= s.end && isOwn(n)),
  );
  if (counted.length > 0) return fromCounts(counted);
  const vague = sentences.flatMap((s) => findVagueInjuries(doc, s, settings.injuryQuantifierChars).filter(isOwn));
  if (vague.length > 0)
    return { value: { known: true, low: null, best: null, high: null }, evidence: vague, stated: true };
  return { value: { known: false, low: null, best: null, high: null }, evidence: [], stated: false };
}

function findVagueInjuries(doc: Doc, sentence: Span, quantifierChars: number): Span<{ vague: boolean }>[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  const found: Span<{ vague: boolean }>[] = [];
  for (const cue of CUES) {
    const match = cue.exec(text);
    if (!match) continue;
    const cueStart = match.index;
    const before = text.slice(Math.max(0, cueStart - quantifierChars), cueStart);
    const quantifier = [...before.matchAll(VAGUE)].pop();
    const start = quantifier ? cueStart - before.length + quantifier.index! : cueStart;
    const clauseEnd = text.slice(cueStart).search(/[,;.]|$/);
    found.push({
      start: sentence.start + start,
      end: sentence.start + cueStart + clauseEnd,
      label: "INJURED",
      by: "events/count-injuries",
      data: { vague: true },
    });
  }
  return found;
}

function fromCounts(spans: LayerSpan<"numbers">[]): Field<FatalityValue> {
  const bests = spans.map((s) => Number(s.data!.best));
  const highs = spans.map((s) => (s.data!.high === null || s.data!.high === undefined ? null : Number(s.data!.high)));
  return {
    value: {
      known: true,
      low: Math.min(...spans.map((s) => Number(s.data!.low))),
      best: Math.min(...bests),
      high: highs.includes(null) ? null : Math.max(...(highs as number[])),
    },
    evidence: spans,
    stated: true,
  };
}
