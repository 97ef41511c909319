// "Seven men and two women were killed": the numbers stage reads the count next to the verb ("two women
// were killed") and leaves "Seven men" a bare count of people; the parse joins the two subjects (conj),
// and the dead are both, nine. A killed count whose counted noun is conjoined with other counted nouns is
// replaced by their sum, whose evidence spans all of them.
import { type Doc, type LayerSpan, spansOf } from "../../doc.js";
import { childrenWith, countedNounsOf, headOf, type ParseTree, relationOf, uposOf } from "./parse-tree.js";

type Count = LayerSpan<"numbers">;

export function sumCoordinatedCounts(doc: Doc, tree: ParseTree, killed: readonly Count[]): Count[] {
  const numbers = spansOf(doc, "numbers");
  // By range: a count of people relabelled as the dead (find-patient-counts.ts) is a copy of the layer's span.
  const absorbed = new Set<string>();
  const rangeOf = (count: Count) => `${count.start}:${count.end}`;
  const summed = killed.map((count) => {
    const parts = conjoinedCounts(tree, count, numbers).filter((p) => p !== count && p.label !== "INJURED");
    if (parts.length === 0) return count;
    for (const part of parts) absorbed.add(rangeOf(part));
    return sumCounts([count, ...parts], "events/coordinated-counts");
  });
  return summed.filter((count) => !absorbed.has(rangeOf(count)));
}

/** The number spans counting the nouns conjoined with the one `count` counts ("Seven men" beside "two women"). */
function conjoinedCounts(tree: ParseTree, count: Count, numbers: readonly Count[]): Count[] {
  const noun = countedNounsOf(tree, count)[0] ?? firstNounIn(tree, count);
  if (noun < 0) return [];
  return conjunctsOf(tree, noun).flatMap((n) => {
    const numeral = childrenWith(tree, n, ["nummod"])[0];
    if (numeral === undefined) return [];
    const { start, end } = tree.tokens[numeral];
    const span = numbers.find((s) => s.start <= start && end <= s.end);
    return span && isPeopleCount(span) ? [span] : [];
  });
}

/**
 * The other nouns of a coordination: the conj of the first, or, where the parser gave a verb two subjects
 * of one relation ("Two soldiers and a policeman were killed", both nsubj:pass), the other subject.
 */
function conjunctsOf(tree: ParseTree, noun: number): number[] {
  const first = relationOf(tree, noun) === "conj" ? headOf(tree, noun) : noun;
  if (first < 0) return [];
  const conjuncts = [first, ...childrenWith(tree, first, ["conj"])];
  const verb = headOf(tree, first);
  const relation = relationOf(tree, first);
  const twins =
    verb >= 0 && relation.startsWith("nsubj")
      ? childrenWith(tree, verb, [relation]).filter((t) => relationOf(tree, t) === relation)
      : [];
  return [...new Set([...conjuncts, ...twins])].filter((n) => n !== noun);
}

function firstNounIn(tree: ParseTree, count: Count): number {
  return tree.tokens.findIndex((t, i) => t.start >= count.start && t.end <= count.end && uposOf(tree, i) === "NOUN");
}

function isPeopleCount(span: Count): boolean {
  return span.label === "KILLED" || (span.label === "COUNT" && span.data?.counts === "people");
}

/** One KILLED span over the parts, their figures added; `by` names the rule that adds them. */
export function sumCounts(parts: Count[], by: string): Count {
  const data = parts.map((p) => p.data!);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const highs = data.map((d) => d.high);
  return {
    start: Math.min(...parts.map((p) => p.start)),
    end: Math.max(...parts.map((p) => p.end)),
    label: "KILLED",
    by,
    data: {
      low: sum(data.map((d) => d.low)),
      best: sum(data.map((d) => d.best)),
      high: highs.includes(null) ? null : sum(highs as number[]),
      revised: data.some((d) => d.revised),
    },
  };
}
