// How sitrep's event-record fields stand for the argument roles of WikiEvents (KAIROS) and RAMS (AIDA), as
// data: one row per field with the reason. Matching is by role class, so a prediction is only credited for
// a gold argument of a role the field can mean.

export type RoleClass = "attacker" | "target/victim" | "instrument" | "place";

export const FIELD_ROLES: { fields: string[]; role: RoleClass; why: string }[] = [
  {
    fields: ["actor1", "assoc_actor_1"],
    role: "attacker",
    why: "ACLED actor 1 is the side that initiates the violence",
  },
  {
    fields: ["actor2", "assoc_actor_2"],
    role: "target/victim",
    why: "ACLED actor 2 is whoever the violence is aimed at; sitrep does not tell a target from a victim, so one class covers both",
  },
  { fields: ["weapons"], role: "instrument", why: "the weapons named for the event are what it was done with" },
  {
    fields: ["location"],
    role: "place",
    why: "the place the event is located at (its evidence is the toponym sitrep resolved)",
  },
];

/** Gold role names (lower case, dataset prefixes removed) → the class a sitrep field can predict. */
export const GOLD_ROLES: Record<string, { role: RoleClass; why: string }> = {
  attacker: { role: "attacker", why: "same role" },
  killer: { role: "attacker", why: "in a violent death the killer is the attacker" },
  injurer: { role: "attacker", why: "in a violent injury the injurer is the attacker" },
  target: { role: "target/victim", why: "same role" },
  victim: { role: "target/victim", why: "the person killed or hurt is what ACLED's actor 2 names" },
  instrument: { role: "instrument", why: "same role" },
  explosivedevice: { role: "instrument", why: "WikiEvents' DetonateExplode names the bomb apart from Instrument" },
  place: { role: "place", why: "same role" },
};

/**
 * sitrep event types whose records are scored: the violent ACLED types, the ones the gold's attack / die /
 * injure events describe. Protests and strategic developments are left out: their actor 1 is a
 * demonstrator or a party, not an attacker, and mapping it to one would be our error, not sitrep's.
 */
export const SCORED_EVENT_TYPES = new Set([
  "Battles",
  "Explosions/Remote violence",
  "Violence against civilians",
  "Riots",
]);
