// An event's agent or patient that points back at an actor instead of naming it: a pronoun ("it attacked",
// "they were ambushed"), a possessive on an actor noun ("its fighters stormed"), or a definite description
// whose head says what kind of actor it stands for ("the group", "the militants", "the army";
// lexicon/actors/referring-nouns.tsv). What it can stand for is read here; which earlier mention it stands
// for is resolve-actor-reference.ts's job.
import type { Doc, Span } from "../../doc.js";
import { readLexiconTable } from "../../lexicon.js";
import { type ActorNouns, countryModifierOf } from "./actor-nouns.js";
import { childrenWith, type ParseTree, uposOf, wordOf } from "./parse-tree.js";

/** What a referring phrase can stand for: a person, one actor, several, or a kind the description says. */
export type ReferenceKind = "person" | "singular" | "plural" | "organisation" | "armed group" | "military";
const NOUN_KINDS: readonly ReferenceKind[] = ["organisation", "armed group", "military"];

/** The rule name of a referring phrase's evidence span. */
export const REFERENCE_BY = "events/reference";

export type ReferringNouns = ReadonlyMap<string, ReferenceKind>;
export type ReferringPhrase = { kind: ReferenceKind; span: Span };

// Personal pronouns by what they agree with: a closed class of English, not a list to tune. "he" and
// "she" stand for people; "it" for one organisation or state; "they" for a group or several actors.
const PRONOUN_KINDS: ReadonlyMap<string, ReferenceKind> = new Map([
  ["he", "person"],
  ["him", "person"],
  ["his", "person"],
  ["she", "person"],
  ["her", "person"],
  ["it", "singular"],
  ["its", "singular"],
  ["they", "plural"],
  ["them", "plural"],
  ["their", "plural"],
]);
// Determiners that point back ("the group", "this movement"), unlike "a group", "some militants".
const POINTING_DETERMINERS = new Set(["the", "this", "that", "these", "those"]);
// Modifiers that make a description a name or a new actor: "the Taliban militants", "another group".
const NAMING_RELATIONS = ["compound", "flat", "appos", "nummod"];

export function loadReferringNouns(): ReferringNouns {
  const nouns = new Map<string, ReferenceKind>();
  for (const row of readLexiconTable("actors/referring-nouns.tsv")) {
    const kind = NOUN_KINDS.find((k) => k === row.kind);
    if (!kind) throw new Error(`lexicon/actors/referring-nouns.tsv: unknown kind "${row.kind}" for "${row.word}"`);
    nouns.set(row.word.toLowerCase(), kind);
  }
  return nouns;
}

/** The referring phrase an argument's head token is, or null when it names its actor (or is no actor). */
export function readReferringPhrase(
  doc: Doc,
  tree: ParseTree,
  token: number,
  nouns: ReferringNouns,
  actorNouns: ActorNouns,
): ReferringPhrase | null {
  const word = wordOf(tree, token);
  const pronoun = PRONOUN_KINDS.get(word);
  if (pronoun && uposOf(tree, token) === "PRON") return { kind: pronoun, span: spanOf(tree, token, token) };
  if (uposOf(tree, token) !== "NOUN") return null;
  // "its fighters stormed the base": the owner of the actor noun is the actor.
  const owner = childrenWith(tree, token, ["nmod:poss"]).find((c) => PRONOUN_KINDS.has(wordOf(tree, c)));
  if (owner !== undefined && actorNouns.kinds.has(word) && actorNouns.kinds.get(word) !== "civilians") {
    const kind = PRONOUN_KINDS.get(wordOf(tree, owner))!;
    return kind === "person" ? null : { kind, span: spanOf(tree, owner, owner) };
  }
  const kind = nouns.get(word);
  if (!kind || !isPlainDefinite(doc, tree, token)) return null;
  const determiner = childrenWith(tree, token, ["det"])[0];
  return { kind, span: spanOf(tree, determiner, token) };
}

/** "the militants", "the Islamist group", not "the Malian army" (a country named) or "the Wagner group". */
function isPlainDefinite(doc: Doc, tree: ParseTree, token: number): boolean {
  const determiners = childrenWith(tree, token, ["det"]);
  if (determiners.length !== 1 || !POINTING_DETERMINERS.has(wordOf(tree, determiners[0]))) return false;
  if (childrenWith(tree, token, NAMING_RELATIONS).length > 0) return false;
  const modifiers = childrenWith(tree, token, ["amod", "nmod", "nmod:poss"]);
  if (modifiers.some((m) => uposOf(tree, m) === "PROPN")) return false;
  return countryModifierOf(doc, tree, token) === null;
}

function spanOf(tree: ParseTree, first: number, last: number): Span {
  return { start: tree.tokens[first].start, end: tree.tokens[last].end, label: "REFERENCE", by: REFERENCE_BY };
}
