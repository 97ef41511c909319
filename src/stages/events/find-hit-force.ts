// "A suicide bomber struck a police checkpoint, killing six people", "a car bomb exploded at an army base,
// killing four": the parse names the side hit (the trigger's patient, or the owner of the place or thing
// hit: "police" of "a police checkpoint"), and an armed side hit is the event's actor 2 although the dead
// are counted only as "people". ACLED codes such an attack to the force attacked, not to civilians
// (Codebook 2023, "Violence against civilians": only unarmed non-combatants targeted as such); civilians a
// count names too are the second target. Read only for political violence: a crowd that pelts a police
// station is a riot, coded by its own rules.
import type { ActorValue, Doc, Field } from "../../doc.js";
import type { ActorCountries } from "./find-parsed-actor.js";
import { findParsedActor } from "./find-parsed-actor.js";
import type { TriggerMention } from "./find-triggers.js";

/** ACLED's inter codes of armed sides: state forces, rebels, political and identity militias. */
const ARMED_INTER = new Set([1, 2, 3, 4]);

type Lexicons = Parameters<typeof findParsedActor>[4];

/** The first armed side the parse says one of the incident's violent mentions hit, or null. */
export function findHitForce(
  doc: Doc,
  mentions: readonly TriggerMention[],
  countries: ActorCountries,
  lexicons: Lexicons,
): Field<ActorValue> | null {
  for (const mention of mentions) {
    if (mention.disorderType !== "Political violence") continue;
    const hit = findParsedActor(doc, mention, "actor2", countries, lexicons);
    if (hit && ARMED_INTER.has(hit.value.inter)) return hit;
  }
  return null;
}
