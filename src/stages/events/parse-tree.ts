// Reading the `tokens` layer (syntax stage) as a tree: the token under a span, a token's children, its
// word and relation. Only the sentences the syntax stage parsed (its `parsed` layer) have tokens; elsewhere
// every lookup answers -1 or nothing, and callers fall back to their word-window rules.
import { type Doc, type LayerSpan, spansOf } from "../../doc.js";

/** Relations of a sentence's own size: stepping across one leaves the clause (UD clausal relations). */
const CLAUSAL = /^(?:acl|advcl|ccomp|xcomp|csubj|parataxis|root|list|reparandum|dislocated|vocative|orphan)(?::|$)/;
export type ParseTree = {
  doc: Doc;
  tokens: readonly LayerSpan<"tokens">[];
  /** Each token's dependents, in text order. */
  children: readonly number[][];
  /** Each token's word as wordOf gives it, filled as read. */
  words: (string | undefined)[];
};

type TreeParts = Pick<ParseTree, "children" | "words">;

// The tree of a tokens layer, built once: the events stage and its readers (actors, places, casualties) ask
// for it once per trigger, and rebuilding it each time was a large part of the stage. Keyed by the layer's
// array, which no stage changes once made, so an entry is never stale and goes with its document.
const TREES = new WeakMap<readonly LayerSpan<"tokens">[], TreeParts>();

export function readParseTree(doc: Doc): ParseTree {
  const tokens = spansOf(doc, "tokens");
  let parts = TREES.get(tokens);
  if (!parts) {
    const children: number[][] = tokens.map(() => []);
    tokens.forEach((token, i) => {
      if (token.data?.head != null) children[token.data.head].push(i);
    });
    parts = { children, words: [] };
    TREES.set(tokens, parts);
  }
  return { doc, tokens, ...parts };
}

export function headOf(tree: ParseTree, i: number): number {
  return tree.tokens[i].data?.head ?? -1;
}

export function relationOf(tree: ParseTree, i: number): string {
  return tree.tokens[i].data?.deprel ?? "";
}

export function uposOf(tree: ParseTree, i: number): string {
  return tree.tokens[i].data?.upos ?? "";
}

const NOMINAL_TAGS = new Set(["NOUN", "PROPN"]);

/** A noun or a proper noun. */
export function isNominal(tree: ParseTree, i: number): boolean {
  return NOMINAL_TAGS.has(uposOf(tree, i));
}

export function wordOf(tree: ParseTree, i: number): string {
  const t = tree.tokens[i];
  tree.words[i] ??= tree.doc.text.slice(t.start, t.end).toLowerCase().replace(/’/g, "'");
  return tree.words[i];
}

export function isClausal(relation: string): boolean {
  return CLAUSAL.test(relation);
}

/** Index of the first token starting at or after `offset` (binary search; tokens are in text order). */
function firstTokenFrom(tree: ParseTree, offset: number): number {
  let [lo, hi] = [0, tree.tokens.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tree.tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The token of a span whose head lies outside it (the span's syntactic head); -1 when it was not parsed. When
 * the parse splits a hyphenated word ("sit-in" as "sit" + a preposition hung on the next noun), its content
 * word is the head, not the function word glued to it.
 */
export function headTokenOf(tree: ParseTree, span: { start: number; end: number }): number {
  let found = -1;
  let content = -1;
  for (let i = firstTokenFrom(tree, span.start); i < tree.tokens.length && tree.tokens[i].start < span.end; i++) {
    if (tree.tokens[i].end <= span.start) continue;
    const head = headOf(tree, i);
    const isInside = head >= 0 && tree.tokens[head].start >= span.start && tree.tokens[head].end <= span.end;
    if (isInside) continue;
    found = i;
    if (!isGluedFunctionWord(tree, i)) content = i;
  }
  return content >= 0 ? content : found;
}

/**
 * The span's verb whose head lies outside it: "set" of "set fire to", whose "to" hangs on the object after
 * it, so the span's last outward token (headTokenOf) is no verb.
 */
export function verbTokenOf(tree: ParseTree, span: { start: number; end: number }): number {
  const head = headTokenOf(tree, span);
  if (head < 0 || uposOf(tree, head) === "VERB") return head;
  for (let i = head - 1; i >= 0 && tree.tokens[i].start >= span.start; i--) {
    const up = headOf(tree, i);
    const isOutward = up < 0 || tree.tokens[up].start < span.start || tree.tokens[up].end > span.end;
    if (uposOf(tree, i) === "VERB" && isOutward) return i;
  }
  return head;
}

/** Tags of words that are no phrase's head when a content word shares the span. */
const FUNCTION_TAGS = new Set(["ADP", "PUNCT", "PART", "DET", "CCONJ", "SCONJ"]);

/** "-in" of "sit-in", "-out" of "shoot-out": a function word (or hyphen) with no space before it. */
function isGluedFunctionWord(tree: ParseTree, i: number): boolean {
  return i > 0 && tree.tokens[i].start === tree.tokens[i - 1].end && FUNCTION_TAGS.has(uposOf(tree, i));
}

/**
 * "killing nine people", "seven militants were killed": the nouns the numbers inside a casualty count modify
 * (heads of its nummod tokens), in text order.
 */
export function countedNounsOf(tree: ParseTree, count: { start: number; end: number }): number[] {
  const nouns: number[] = [];
  for (let i = firstTokenFrom(tree, count.start); i < tree.tokens.length && tree.tokens[i].start < count.end; i++) {
    if (tree.tokens[i].start < count.start || relationOf(tree, i) !== "nummod") continue;
    const noun = headOf(tree, i);
    if (noun >= 0) nouns.push(noun);
  }
  return nouns;
}

export function childrenOf(tree: ParseTree, i: number): readonly number[] {
  return tree.children[i] ?? [];
}

/** The word of a nominal's case marker ("by", "against", "since"), or null. */
export function caseOf(tree: ParseTree, i: number): string | null {
  const marker = childrenOf(tree, i).find((c) => relationOf(tree, c) === "case");
  return marker === undefined ? null : wordOf(tree, marker);
}

/** Children of `i` with one of these relations (subtypes match their base: "nsubj" finds "nsubj:pass"). */
export function childrenWith(tree: ParseTree, i: number, relations: readonly string[]): number[] {
  return childrenOf(tree, i).filter(
    (c) => relations.includes(relationOf(tree, c)) || relations.includes(relationOf(tree, c).split(":")[0]),
  );
}

/** "has intensified", "have been hit": the verb's auxiliary makes a present perfect (not "had"). */
export function isPresentPerfect(tree: ParseTree, verb: number): boolean {
  return childrenWith(tree, verb, ["aux"]).some((c) => /^(?:has|have)$/i.test(wordOf(tree, c)));
}

/** The text a token and all its dependents cover, from the first character to the last. */
export function subtreeSpanOf(tree: ParseTree, root: number): { start: number; end: number } {
  let [start, end] = [tree.tokens[root].start, tree.tokens[root].end];
  const stack = [root];
  while (stack.length > 0) {
    const i = stack.pop()!;
    start = Math.min(start, tree.tokens[i].start);
    end = Math.max(end, tree.tokens[i].end);
    stack.push(...childrenOf(tree, i));
  }
  return { start, end };
}
