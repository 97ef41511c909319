// "Two suicide bombings killed 48 people", "a gunman killed three": the number before an active
// killing verb counts who or what did the killing, not the dead. The numbers stage reads both as
// casualty counts by their words; the parse tells the subject from the object.
import type { Span } from "../../doc.js";
import { childrenOf, headOf, headTokenOf, type ParseTree, relationOf, uposOf } from "./parse-tree.js";

export function isAgentCount(tree: ParseTree, count: Span): boolean {
  const head = headTokenOf(tree, count);
  if (head < 0 || uposOf(tree, head) !== "VERB") return false;
  // "Three soldiers died", "five people were killed": with no object the subject is the dead.
  if (!childrenOf(tree, head).some((c) => relationOf(tree, c) === "obj")) return false;
  // The counted noun: a subject of the verb inside the count's words ("bombings" in "Two bombings killed").
  for (let i = 0; i < tree.tokens.length; i++) {
    const token = tree.tokens[i];
    if (token.start < count.start) continue;
    if (token.start >= count.end) break;
    if (headOf(tree, i) === head && relationOf(tree, i) === "nsubj") return true;
  }
  return false;
}

// The word before a passive participle ("were killed", "have been wounded"): its subject is the casualty.
const PASSIVE_AUXILIARIES = new Set(["were", "was", "been", "are", "is", "being"]);

/**
 * "A drone strike killed nine people and wounded 30": where the parse misses the verb's object, the words
 * still show it. Another count starts at this count's own verb ("killed nine"), so the amount before that
 * verb counts its subject; a passive ("five guards were killed 30 km away") keeps its subject as the dead.
 */
export function isCountBeforeObjectCount(text: string, count: Span, counts: readonly Span[]): boolean {
  return counts.some((other) => {
    if (!(other.start > count.start && other.start < count.end && other.end > count.end)) return false;
    const words = text.slice(count.start, other.start).trim().split(/\s+/);
    return !PASSIVE_AUXILIARIES.has(words[words.length - 1].toLowerCase());
  });
}
