// Fatalities from the casualty spans in an incident's sentences. Several counts: the lowest is the
// best estimate (ACLED's conservative rule), the highest the upper bound; the counts of the two armed
// sides of a clash are first added together (sum-fighting-sides.ts). A negation such as "no
// immediate reports of casualties" leaves the count unknown; "no one was killed" makes it zero.
import { type Doc, type FatalityValue, type Field, type LayerSpan, spansOf } from "../../doc.js";
import type { ActorNouns } from "./actor-nouns.js";
import { countNamedVictims } from "./count-named-victims.js";
import { findPatientCounts } from "./find-patient-counts.js";
import type { TextRange } from "./incident.js";
import { isAgentCount, isCountBeforeObjectCount } from "./is-agent-count.js";
import { readParseTree } from "./parse-tree.js";
import { sumCoordinatedCounts } from "./sum-coordinated-counts.js";
import { sumFightingSides } from "./sum-fighting-sides.js";

/** `withheld`: text whose counts are another incident's (incident.ts). */
export function countFatalities(
  doc: Doc,
  sentenceIndexes: Iterable<number>,
  lexicons: { actorNouns: ActorNouns; killingVerbs: ReadonlySet<string>; plurals: ReadonlySet<string> },
  withheld: readonly TextRange[] = [],
): Field<FatalityValue> {
  const sentences = spansOf(doc, "sentences");
  const isOwn = (n: TextRange) => !withheld.some((w) => n.start < w.end && w.start < n.end);
  const inIncident = [...sentenceIndexes].flatMap((i) =>
    spansOf(doc, "numbers").filter((n) => n.start >= sentences[i].start && n.end <= sentences[i].end && isOwn(n)),
  );
  const tree = readParseTree(doc);
  const allKilled = [
    ...inIncident.filter((n) => n.label === "KILLED"),
    ...findPatientCounts(tree, inIncident, lexicons.killingVerbs),
  ];
  const killed = sumCoordinatedCounts(
    doc,
    tree,
    allKilled.filter((n) => !isAgentCount(tree, n) && !isCountBeforeObjectCount(doc.text, n, allKilled)),
  );
  if (killed.length > 0) {
    const { counts, partsOf } = sumFightingSides(doc.text, latestCounts(killed), lexicons.actorNouns);
    return fromCounts(counts, (span) => partsOf.get(span) ?? [span]);
  }
  // No count of the dead: a named person killed is one (count-named-victims.ts).
  const incidentSentences = [...sentenceIndexes].map((i) => sentences[i]);
  const named = countNamedVictims(tree, incidentSentences, lexicons).filter(isOwn);
  if (named.length > 0) return fromCounts(named, (span) => [span]);
  const none = inIncident.filter((n) => n.label === "CASUALTIES_NONE");
  if (none.length > 0) return { value: { known: true, low: 0, best: 0, high: 0 }, evidence: none, stated: true };
  const unknown = inIncident.filter((n) => n.label === "CASUALTIES_UNKNOWN");
  return { value: { known: false, low: null, best: null, high: null }, evidence: unknown, stated: unknown.length > 0 };
}

/**
 * "The death toll rose to 14" beside "initially killing 11": a toll the report says changed replaces the
 * first counts, and of several changes the highest is the latest (tolls are revised as the wounded die).
 */
function latestCounts(killed: LayerSpan<"numbers">[]): LayerSpan<"numbers">[] {
  const revised = killed.filter((n) => n.data?.revised);
  if (revised.length === 0) return killed;
  const highest = Math.max(...revised.map((n) => Number(n.data!.best)));
  return revised.filter((n) => Number(n.data!.best) === highest);
}

/** `evidenceOf`: the words a count stands for (a sum of the sides: each side's count). */
function fromCounts(
  spans: LayerSpan<"numbers">[],
  evidenceOf: (span: LayerSpan<"numbers">) => LayerSpan<"numbers">[],
): Field<FatalityValue> {
  const lows = spans.map((s) => Number(s.data!.low));
  const bests = spans.filter((s) => !isVagueBesideFigure(s, spans)).map((s) => Number(s.data!.best));
  const highs = spans.map((s) => (s.data!.high === null ? null : Number(s.data!.high)));
  return {
    value: {
      known: true,
      low: Math.min(...lows),
      best: Math.min(...bests),
      high: highs.includes(null) ? null : Math.max(...(highs as number[])),
    },
    evidence: spans.flatMap(evidenceOf),
    stated: true,
  };
}

/**
 * "killing dozens" beside "at least 40 were killed": a vague quantity (best 12 of 12-99, lexicon/numbers/
 * quantity-words.tsv) stands in for a figure only when none is given. A figure inside its range says the
 * same thing more exactly, so the vague word's stand-in does not pull the best estimate under it.
 */
function isVagueBesideFigure(count: LayerSpan<"numbers">, counts: LayerSpan<"numbers">[]): boolean {
  const [low, best, high] = [count.data!.low, count.data!.best, count.data!.high].map(Number);
  if (count.data!.high === null || !(high > best)) return false;
  return counts.some((other) => {
    const figure = Number(other.data!.best);
    // A figure: a number ("40") or a number's floor ("at least 40"), not another vague range.
    const isFigure =
      Number(other.data!.low) === figure && (other.data!.high === null || Number(other.data!.high) === figure);
    return other !== count && isFigure && figure > best && figure >= low && figure <= high;
  });
}
