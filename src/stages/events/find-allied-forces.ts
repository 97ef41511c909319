// "Mozambican and Rwandan troops retook the town", "Kenyan and Somali forces": one generic actor noun owned
// by two or more countries names the forces of each. find-parsed-actor.ts reads the first country into
// actor 1; each country joined to it (the parse's conj of the owning modifier) is an associated actor of the
// same kind (ACLED's assoc_actor_1: "Military Forces of Rwanda" beside "Military Forces of Mozambique").
import type { ActorValue, Doc, Field, Span } from "../../doc.js";
import { actorKindOf, countryNamedBy } from "./actor-nouns.js";
import type { ActorNounLexicons } from "./find-parsed-actor.js";
import { nameGenericActor } from "./name-generic-actor.js";
import { childrenWith, type ParseTree, readParseTree } from "./parse-tree.js";

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
  for (const joined of joinedOwners(tree, head)) {
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
