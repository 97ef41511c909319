// ACLED's Battles are fights between two organised armed groups; an armed group's violence on unarmed
// non-combatants is Violence against civilians (Codebook 2023, "Battles" and "Violence against civilians").
// The trigger's type is read before the incident's actors, from the words around it ("attacked" with no
// target in reach is a clash); when the record's target turns out to be civilians, read from the parse or
// through a reference ("residents said gunmen attacked them"), the clash was an attack on them.
import type { ActorValue, Doc, Field } from "../../doc.js";

/** ACLED's interaction code of civilians (inter 7). */
export const CIVILIANS = 7;

export type EventTypes = { eventType: string; subEventType: string };

/** The incident's types, an armed clash on civilians retyped as an attack on them. */
export function typeByTarget(types: EventTypes, actor2: Field<ActorValue> | null): EventTypes {
  const isClashOnCivilians = types.subEventType === "Armed clash" && actor2?.value.inter === CIVILIANS;
  return isClashOnCivilians ? { eventType: "Violence against civilians", subEventType: "Attack" } : types;
}

/** ACLED's interaction code of identity militias (inter 4). */
const IDENTITY_MILITIA = 4;
const MOB_VIOLENCE = "Mob violence";
const ATTACK_TYPES = { eventType: "Violence against civilians", subEventType: "Attack" };

/**
 * "A Fulani mob killed 12 villagers": a crowd the text names by its community that attacks people is that
 * community's militia (find-parsed-actor.ts), and a militia's violence on people is political violence, an
 * attack, not a riot (Codebook 2023: identity militias; "Mob violence" is rioters'). Null when unchanged.
 */
export function typeByAttacker(types: EventTypes, actor1: Field<ActorValue> | null): EventTypes | null {
  const isCommunalMob = types.subEventType === MOB_VIOLENCE && actor1?.value.inter === IDENTITY_MILITIA;
  return isCommunalMob ? ATTACK_TYPES : null;
}

/**
 * "Clashes between troops and militants killed ten people": a word of two sides fighting each other
 * (lexicon/actors/mutual-fight-verbs.txt) names a battle whoever its dead were, so its dead are no target.
 * A one-sided word typed a clash for want of a target ("gunmen attacked them") is still read by its target.
 */
/** What this reads of a trigger mention (find-triggers.ts imports this file, so not its type). */
type MentionWords = { eventType: string; span: { start: number; end: number } };

export function isMutualFightIncident(
  doc: Doc,
  mentions: readonly MentionWords[],
  verbs: ReadonlySet<string>,
): boolean {
  return mentions.some(
    (m) => m.eventType === "Battles" && verbs.has(doc.text.slice(m.span.start, m.span.end).toLowerCase()),
  );
}
