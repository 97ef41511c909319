// Who acted or was hit, when the parse names them with a common noun rather than a name: "gunmen stormed
// the village", "the checkpoint was attacked by militants", "police shot two men", "soldiers killed five
// villagers". The agent (actor 1) or patient (actor 2) phrase of the trigger's predicate (read-predicate.ts)
// is read by its head noun into ACLED's generic actors, with the country from a modifier ("Nigerien
// troops") or else from the event's place. A name the entities stage knows is read by assign-actors.ts
// first; this speaks only when no named actor has the role.
import type { ActorValue, Doc, Field, Span } from "../../doc.js";
import { ACTOR_NOUNS, type ActorKind, actorKindOf, countryModifierOf } from "./actor-nouns.js";
import type { TriggerMention } from "./find-triggers.js";
import { childrenWith, type ParseTree, readParseTree, wordOf } from "./parse-tree.js";
import { type Predicate, type Role, readPredicate } from "./read-predicate.js";
import { withArticle } from "./resolve-leader-actor.js";

type Country = { name: string; iso3: string };

export function findParsedActor(
  doc: Doc,
  mention: TriggerMention,
  role: "actor1" | "actor2",
  eventCountry: Country | null,
): Field<ActorValue> | null {
  const tree = readParseTree(doc);
  const predicate = readPredicate(tree, mention.span);
  if (!predicate) return null;
  const wanted: Role = role === "actor1" ? "agent" : "patient";
  for (const token of anchorsWith(predicate, wanted)) {
    const head = nominalHead(tree, token);
    const kind = actorKindOf(tree, head);
    // Civilians and people do not act in ACLED's sense: a crowd that attacks is coded by the event type.
    if (!kind || (role === "actor1" && kind === "civilians")) continue;
    const country = countryModifierOf(doc, tree, head) ?? eventCountry;
    const { start, end } = tree.tokens[head];
    const span: Span = { start, end, label: "ACTOR", by: "events/parsed-actor" };
    return { value: genericActor(kind, country), evidence: [span], stated: true };
  }
  return null;
}

/** Anchors of one role in text order: the first named is the main one. */
function anchorsWith(predicate: Predicate, role: Role): number[] {
  return [...predicate.anchors]
    .filter(([, r]) => r === role)
    .map(([token]) => token)
    .sort((a, b) => a - b);
}

/** "dozens of civilians", "a group of gunmen": the counted noun is the actor, not the quantity word. */
function nominalHead(tree: ParseTree, token: number): number {
  if (ACTOR_NOUNS.has(wordOf(tree, token))) return token;
  const counted = childrenWith(tree, token, ["nmod"]).find((c) => ACTOR_NOUNS.has(wordOf(tree, c)));
  return counted ?? token;
}

/** ACLED's names for actors a report does not name (ACLED Codebook 2023, "Actor names"). */
function genericActor(kind: ActorKind, country: Country | null): ActorValue {
  const where = country ? { country: country.iso3 } : {};
  switch (kind) {
    case "military":
      return country
        ? { name: `Military Forces of ${withArticle(country.name)}`, inter: 1, ...where }
        : unnamed("Unidentified Armed Group", 3, null);
    case "police":
      return country
        ? { name: `Police Forces of ${withArticle(country.name)}`, inter: 1, ...where }
        : unnamed("Unidentified Armed Group", 3, null);
    case "armed group":
      return unnamed("Unidentified Armed Group", 3, country);
    case "rioters":
      return unnamed("Rioters", 5, country);
    case "civilians":
      return unnamed("Civilians", 7, country);
  }
}

function unnamed(name: string, inter: number, country: Country | null): ActorValue {
  return country ? { name: `${name} (${country.name})`, inter, country: country.iso3 } : { name, inter };
}
