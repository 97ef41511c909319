// "Israeli troops raided Jenin on Sunday. Soldiers shot dead a man during the raid": where the place's country
// has no force of a kind (lexicon/actors/no-own-forces.tsv), the unowned soldiers are the force of that kind
// the report has already owned by a country. Only there: elsewhere an unowned force is the place's own
// ("Russian troops shelled Kharkiv. Soldiers repelled them": the soldiers are Ukraine's, not Russia's).
// Read from the text, not the parse: the syntax stage parses only some sentences.
import { type Doc, spansOf } from "../../doc.js";
import type { ActorKind, ActorNouns, OwnerCountry } from "./actor-nouns.js";
import type { Country, GenericActorNames } from "./name-generic-actor.js";

/** Longer than a possessive and any force noun ("'s paratroopers"). */
const FORCE_NOUN_CHARS = 24;

/** The country of the last force of `kind` a country owns before `before`, when `place` has none of its own. */
export function findStationedForce(
  doc: Doc,
  before: number,
  kind: ActorKind,
  place: Country | null,
  lexicons: { actorNouns: ActorNouns; genericActors: GenericActorNames },
): OwnerCountry | null {
  if (!place || !lexicons.genericActors.get(kind)?.noOwnForceIn.has(place.iso3)) return null;
  let found: OwnerCountry | null = null;
  for (const entity of spansOf(doc, "entities")) {
    if (entity.end > before) continue;
    const { name, iso3 } = entity.data ?? {};
    if ((entity.label !== "NORP" && entity.label !== "COUNTRY") || !name || !iso3 || iso3 === place.iso3) continue;
    const next = nextWord(doc.text.slice(entity.end, entity.end + FORCE_NOUN_CHARS));
    if (lexicons.actorNouns.kinds.get(next) === kind)
      found = { name: String(name), iso3: String(iso3), evidence: entity };
  }
  return found;
}

/** The word after a name and its possessive, lower case: "troops" of " troops raided", of "'s army". */
function nextWord(text: string): string {
  const rest = text.replace(/^(?:['’]s)?\s+/, "");
  let end = 0;
  while (end < rest.length && rest[end].toLowerCase() !== rest[end].toUpperCase()) end++;
  return rest.slice(0, end).toLowerCase();
}
