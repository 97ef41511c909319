// "Mozambican and Rwandan troops retook the town", "Kenyan and Somali forces": one generic actor noun owned
// by two or more countries names the forces of each. find-parsed-actor.ts reads the first country into
// actor 1; each country joined to it (the parse's conj of the owning modifier) is an associated actor of the
// same kind (ACLED's assoc_actor_1: "Military Forces of Rwanda" beside "Military Forces of Mozambique").
import type { ActorValue, Doc, Field, Span } from "../../doc.js";
import { actorKindOf, countryNamedBy } from "./actor-nouns.js";
import type { ActorNounLexicons } from "./find-parsed-actor.js";
import { nameGenericActor } from "./name-generic-actor.js";
import { childrenWith, type ParseTree, readParseTree, wordOf } from "./parse-tree.js";

const PARSED_ACTOR = "events/parsed-actor";
const OWNING_RELATIONS = ["nmod:poss", "amod", "compound"];

/** The forces of the countries joined to the one that owns `actor`'s noun, as associates of it. */
export function findAlliedForces(
  doc: Doc,
  actor: Field<ActorValue> | null,
  lexicons: ActorNounLexicons,
): Field<ActorValue>[] {
  const evidence = actor?.evidence.find((e) => e.by === PARSED_ACTOR);
  if (!actor || !evidence) return [];
  const tree = readParseTree(doc);
  const head = tree.tokens.findIndex((t) => t.end === evidence.end && t.start >= evidence.start);
  const kind = head >= 0 ? actorKindOf(tree, head, lexicons.actorNouns) : undefined;
  if (!kind) return [];
  const allies: Field<ActorValue>[] = [];
  const owners = new Set([...joinedOwners(tree, head), ...ownersListedBefore(doc, tree, head)]);
  for (const joined of [...owners].sort((a, b) => a - b)) {
    const country = countryNamedBy(doc, [tree.tokens[joined]]);
    const value = country && nameGenericActor(lexicons.genericActors, kind, country);
    if (!country || !value || value.name === actor.value.name || allies.some((a) => a.value.name === value.name))
      continue;
    const span: Span = { start: country.evidence.start, end: evidence.end, label: "ACTOR", by: "events/allied-forces" };
    allies.push({ value, evidence: [span], stated: true });
  }
  return allies;
}

/** The words joined by "and" to a modifier that owns the head ("Rwandan" of "Mozambican and Rwandan troops"). */
function joinedOwners(tree: ParseTree, head: number): number[] {
  return childrenWith(tree, head, OWNING_RELATIONS).flatMap((owner) => childrenWith(tree, owner, ["conj"]));
}

/**
 * "In Rutshuru, Congolese and Ugandan soldiers": a list of countries right before the noun owns it even where
 * the parse hangs the list elsewhere (on the fronted place, as an apposition). Only country words, "and" and
 * commas, read back from the noun.
 */
function ownersListedBefore(doc: Doc, tree: ParseTree, head: number): number[] {
  const owners: number[] = [];
  for (let t = head - 1; t >= 0; t--) {
    const word = wordOf(tree, t);
    if (countryNamedBy(doc, [tree.tokens[t]])) owners.push(t);
    else if (word !== "and" && word !== ",") break;
  }
  return owners.length > 1 ? owners : [];
}
