// ACLED gives every event an actor 1, and violence against civilians has civilians as its actor 2 by
// definition. When the report names no one in a role that its sub-event type fills by convention ("A car
// bomb exploded at a market, killing 12"), the record takes ACLED's generic actor of the event's country
// (lexicon/actors/implied-actors.tsv): an unidentified armed group, civilians. The value is inferred, not
// stated, and carries no evidence: no words name the actor. It runs last, after claims have named what they
// can, so a group that claims the attack later in the report is never hidden behind the placeholder.
import type { ActorValue, EventDraft, Field } from "../../doc.js";
import { readLexiconTable } from "../../lexicon.js";
import type { ActorKind } from "./actor-nouns.js";
import { type Country, type GenericActorNames, nameGenericActor } from "./name-generic-actor.js";
import { CIVILIANS } from "./type-by-target.js";

type Role = "actor1" | "actor2";
/** Sub-event type -> the kind of actor each role takes when the report names none. */
export type ImpliedActors = ReadonlyMap<string, Partial<Record<Role, ActorKind>>>;

export function loadImpliedActors(): ImpliedActors {
  const implied = new Map<string, Partial<Record<Role, ActorKind>>>();
  for (const row of readLexiconTable("actors/implied-actors.tsv")) {
    if (row.role !== "actor1" && row.role !== "actor2")
      throw new Error(`lexicon/actors/implied-actors.tsv: unknown role "${row.role}"`);
    implied.set(row.sub_event_type, { ...implied.get(row.sub_event_type), [row.role]: row.kind as ActorKind });
  }
  return implied;
}

/** Fills each draft's empty role its sub-event type implies, with the event's country, else the report's. */
export function implyUnnamedActors(
  drafts: EventDraft[],
  implied: ImpliedActors,
  names: GenericActorNames,
  reportCountry: Country | null,
): void {
  for (const draft of drafts) {
    const kinds = implied.get(draft.subEventType.value);
    if (!kinds) continue;
    const { country = null, iso3 = null } = draft.place?.value ?? {};
    const where = country && iso3 ? { name: country, iso3 } : reportCountry;
    const inferred = (kind: ActorKind): Field<ActorValue> => ({
      value: nameGenericActor(names, kind, where),
      evidence: [],
      stated: false,
    });
    if (!draft.actor1 && kinds.actor1) draft.actor1 = inferred(kinds.actor1);
    if (!draft.actor2 && kinds.actor2) {
      draft.actor2 = inferred(kinds.actor2);
      if (draft.actor2.value.inter === CIVILIANS)
        draft.civilianTargeting ??= { value: "Civilian targeting", evidence: [], stated: false };
    }
  }
}
