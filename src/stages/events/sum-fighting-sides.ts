// "Jihadists killed nine soldiers ... The troops killed 20 of the attackers": the dead of the two sides of
// one clash are different people, and ACLED's fatalities are all the reported deaths of the event, both
// sides summed. Several counts of one side are the same dead told twice, so the least of them stands
// (ACLED's conservative rule); the sides' figures are then added into one more candidate total.
// Only the armed sides (military, police, armed group) are told apart: the civilian nouns include the
// generic "people", "victims" and "men", which may count the dead of every side together ("12 people,
// among them nine soldiers"), so such a count stays a total of its own. The sides' dead no more than the least
// such total are part of it ("20 people ... killing 15 rebels" is 20, not 15); more than it, the least wins.

import type { LayerSpan } from "../../doc.js";
import type { ActorKind, ActorNouns } from "./actor-nouns.js";
import { sumCounts } from "./sum-coordinated-counts.js";

type Count = LayerSpan<"numbers">;
export type SummedSides = { counts: Count[]; partsOf: ReadonlyMap<Count, Count[]> };

const ARMED_SIDES: ReadonlySet<ActorKind> = new Set(["military", "police", "armed group"]);
// Words that end the counted noun phrase after a count: what follows is another phrase ("killed nine in
// an ambush on soldiers" counts no soldiers). "of" is not one: "20 of the attackers".
const PHRASE_ENDS = new Set(["in", "on", "at", "near", "from", "during", "after", "when", "and", "or", "by", "with"]);
/** Words read after a count for its noun: a determiner, a modifier or two and the head fit. */
const NOUN_WINDOW_WORDS = 4;

export function sumFightingSides(text: string, killed: readonly Count[], nouns: ActorNouns): SummedSides {
  const bySide = new Map<ActorKind, Count[]>();
  const others: Count[] = [];
  for (const count of killed) {
    const side = sideOf(text, count, nouns);
    if (side) bySide.set(side, [...(bySide.get(side) ?? []), count]);
    else others.push(count);
  }
  if (bySide.size === 0) return { counts: [...killed], partsOf: new Map() };
  const parts = [...bySide.values()].map(leastOf);
  const sides = parts.length > 1 ? sumCounts(parts, "events/fighting-sides") : parts[0];
  const sidesOf = new Map([[sides, parts]]);
  const total = others.length > 0 ? leastOf(others) : undefined;
  // "Fighting killed at least 20 people ... killing 15 rebels": the sides' dead fit inside the total of all
  // the dead, so they are its part, not a rival total for the least to pick.
  if (total && Number(sides.data!.best) <= Number(total.data!.best))
    return { counts: others, partsOf: new Map([[total, [total, ...parts]]]) };
  if (parts.length < 2) return { counts: [...killed], partsOf: new Map() };
  return { counts: [...others, sides], partsOf: sidesOf };
}

/** The armed side a count's counted noun names ("nine soldiers", "20 of the attackers"), or null. */
function sideOf(text: string, count: Count, nouns: ActorNouns): ActorKind | null {
  const words = (text.slice(count.start, count.end) + wordsAfter(text, count.end)).toLowerCase().match(/[\p{L}-]+/gu);
  for (const word of words ?? []) {
    const kind = nouns.kinds.get(word);
    if (kind) return ARMED_SIDES.has(kind) ? kind : null;
  }
  return null;
}

/** The few words after a count up to the end of its noun phrase (a punctuation mark or a preposition). */
function wordsAfter(text: string, end: number): string {
  const clause = /^[^.,;:!?()]*/.exec(text.slice(end, end + 60))![0];
  const words = clause.split(/\s+/).filter(Boolean).slice(0, NOUN_WINDOW_WORDS);
  const stop = words.findIndex((w) => PHRASE_ENDS.has(w.toLowerCase()));
  return ` ${(stop < 0 ? words : words.slice(0, stop)).join(" ")}`;
}

function leastOf(counts: Count[]): Count {
  return counts.reduce((a, b) => (Number(b.data!.best) < Number(a.data!.best) ? b : a));
}
