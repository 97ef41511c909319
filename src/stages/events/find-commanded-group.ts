// The armed group a named person leads or belongs to: ACLED never codes a person, so "he" after "Abu Omar,
// a commander of the Northern Brigades" is the Northern Brigades. Read from the words that attach the group
// to the name: the organisation before the person's role ("Northern Brigades commander Abu Omar", kept by
// the entities stage as data.organization) or, in the parse, a possessor, compound or apposition ("the
// group's leader, Abu Omar", "Abu Omar, a commander of the group").
import { type Doc, type LayerSpan, spansOf } from "../../doc.js";
import { childrenWith, headOf, headTokenOf, type ParseTree, relationOf } from "./parse-tree.js";

type Entity = LayerSpan<"entities">;

// "Abu Omar, a commander of the Northern Brigades": the words between a name and its group in apposition,
// for a sentence the syntax stage did not parse (it parses only sentences with a trigger).
const APPOSITION_ARTICLES = new Set(["a", "an", "the"]);
const APPOSITION_CASES = new Set(["of", "in", "from", "with"]);
/** Role words between the article and the preposition ("senior commander", "leader"): a few at most. */
const APPOSITION_MAX_WORDS = 6;

// Relations that tie a name to a group through at most one noun ("a commander of X", "X's leader").
const ATTACHING = ["appos", "nmod", "nmod:poss", "compound"];

/** A named non-state armed group (ACLED inter 2-4), or an organisation named like one ("... Brigades"). */
export function isArmedGroup(e: Entity): boolean {
  const inter = Number(e.data?.inter) || 0;
  if (e.label === "ACTOR") return inter >= 2 && inter <= 4 && !e.data?.person;
  return e.label === "ORG" && !!e.data?.actorCandidate;
}

export function findCommandedGroup(doc: Doc, tree: ParseTree, person: Entity): Entity | null {
  const groups = spansOf(doc, "entities").filter(isArmedGroup);
  const organisation = person.data?.organization;
  const named =
    organisation && groups.find((g) => g.end <= person.start && doc.text.slice(g.start, g.end) === organisation);
  if (named) return named;
  const apposed = groups.find((g) => g.start >= person.end && isApposedGroup(doc.text.slice(person.end, g.start)));
  if (apposed) return apposed;
  const head = headTokenOf(tree, person);
  if (head < 0) return null;
  // The name's own modifiers and apposition, and the noun it is in apposition to, then those nouns' modifiers.
  const near = [...childrenWith(tree, head, ATTACHING)];
  if (relationOf(tree, head) === "appos" && headOf(tree, head) >= 0) near.push(headOf(tree, head));
  const reached = [...near, ...near.flatMap((t) => childrenWith(tree, t, ATTACHING))];
  for (const token of reached) {
    const { start, end } = tree.tokens[token];
    const group = groups.find((g) => g.start <= start && end <= g.end);
    if (group) return group;
  }
  return null;
}

/** ", a senior commander of the ": an apposition whose last word joins the name to the group after it. */
function isApposedGroup(between: string): boolean {
  if (!between.startsWith(",")) return false;
  const words = between.slice(1).trim().split(/\s+/);
  if (words[words.length - 1]?.toLowerCase() === "the") words.pop();
  return (
    words.length >= 3 &&
    words.length <= APPOSITION_MAX_WORDS &&
    APPOSITION_ARTICLES.has(words[0].toLowerCase()) &&
    APPOSITION_CASES.has(words[words.length - 1].toLowerCase())
  );
}
