// "Russian drones attacked the city ... The air force said it had shot down 37 of 39 drones": the downing is
// the defenders' act, ACLED's Disrupted weapons use, an event of its own (Codebook 2023, Strategic
// developments). Joined to the strike, it made the defenders the strike's actor. A disrupted weapon (shot
// down, intercepted, defused) and an explosion or remote attack are never one incident.
import type { TriggerMention } from "./find-triggers.js";
import type { Incident } from "./incident.js";

const DISRUPTED = "Disrupted weapons use";
const REMOTE = "Explosions/Remote violence";

const isDisrupted = (m: TriggerMention) => m.subEventType === DISRUPTED;
const isRemote = (m: TriggerMention) => m.eventType === REMOTE;

export function isDisruptedBesideStrike(incident: Incident, mention: TriggerMention): boolean {
  return (
    (isDisrupted(mention) && incident.mentions.some(isRemote)) ||
    (isRemote(mention) && incident.mentions.some(isDisrupted))
  );
}
