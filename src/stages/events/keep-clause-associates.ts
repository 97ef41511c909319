// Associated actors act beside the main one (ACLED's assoc_actor: "the coalition and government forces
// struck"), so they are named in the main actor's own clause. An incident joins several mentions
// ("air strikes ... hours after the group launched a drone"): an actor another mention's clause gives is
// the actor of that clause's act, no associate of the first.
import type { ActorValue, Field } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";

/** The mention whose clause first named each actor (assign-actors.ts fills it). */
export type ActorOrigins = Map<Field<ActorValue>, TriggerMention>;

/** The actors after `main` in `actors` that the clause naming `main` names too. */
export function associatesOf(
  actors: readonly Field<ActorValue>[],
  main: Field<ActorValue> | null,
  origins: ActorOrigins,
): Field<ActorValue>[] {
  const mainOrigin = main ? origins.get(main) : undefined;
  return actors.filter(
    (a) => a !== main && (!mainOrigin || origins.get(a) === undefined || origins.get(a) === mainOrigin),
  );
}
