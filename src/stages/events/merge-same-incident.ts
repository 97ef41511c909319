// ACLED codes one event per actor pair, place and day. Drafts that share all three (an air strike during
// a battle between the same two sides, the same day and place) are one event, typed by the more serious
// tactic (rankEventType: Battles > Explosions/Remote violence > Violence against civilians > ...); the
// other tactic is kept as `otherTactics` with its trigger words, and its weapons, associated actors and
// casualty evidence join the record. This runs on whole drafts, never in the per-sentence classifier:
// doing it there cost CASE 2021 0.802 -> 0.794, because a snippet keeps its specific tactic.
import type { ActorValue, EventDraft, FatalityValue, Field } from "../../doc.js";
import { rankEventType } from "./rank-event-types.js";

export type MergedDrafts = {
  drafts: EventDraft[];
  /** For each input draft, the index of the draft it became in `drafts`. */
  indexOf: number[];
};

export function mergeSameIncident(drafts: readonly EventDraft[]): MergedDrafts {
  const merged: EventDraft[] = [];
  const keys: (string | null)[] = [];
  // Two incidents joined by a merge are one incident: their other records (per country, per day) stay
  // linked to the merged event through same_incident.
  const joinedIncidents = new Map<number, number>();
  const indexOf = drafts.map((draft) => {
    const key = incidentKey(draft);
    const into = key === null ? -1 : keys.indexOf(key);
    if (into < 0) {
      keys.push(key);
      return merged.push(draft) - 1;
    }
    const [before, added] = [merged[into].incident, draft.incident];
    merged[into] = mergeDrafts(merged[into], draft);
    const kept = merged[into].incident;
    for (const incident of [before, added])
      if (incident !== undefined && kept !== undefined && incident !== kept) joinedIncidents.set(incident, kept);
    return into;
  });
  return { drafts: merged.map((d) => relabelIncident(d, joinedIncidents)), indexOf };
}

function relabelIncident(draft: EventDraft, joined: Map<number, number>): EventDraft {
  let incident = draft.incident;
  for (let hops = 0; incident !== undefined && joined.has(incident) && hops < joined.size; hops++)
    incident = joined.get(incident);
  return incident === draft.incident ? draft : { ...draft, incident };
}

/**
 * Actor pair (either order: ACLED's actor 1 and 2 carry no direction), place and day. Null when one of
 * them is unknown, the date is not one day, or the place is only inferred (the report's country, where the
 * text names no place for the act): then the text does not say the drafts are one event. Two attacks in
 * villages the gazetteer lacks both fall back on the country; they are not one place.
 */
export function incidentKey(draft: EventDraft): string | null {
  const { actor1, actor2, place, date } = draft;
  if (
    !actor1 ||
    !actor2 ||
    !place?.stated ||
    !date ||
    date.value.precision !== 1 ||
    date.value.start !== date.value.end
  )
    return null;
  const pair = [actor1.value.name, actor2.value.name].sort().join(" | ");
  const where = [
    place.value.iso3,
    place.value.location,
    place.value.latitude,
    place.value.longitude,
    place.value.precision,
  ].join(",");
  return `${pair} @ ${where} on ${date.value.start}`;
}

/** The higher type wins; on a tie the draft the report names first stays the event. */
function mergeDrafts(kept: EventDraft, other: EventDraft): EventDraft {
  const isOtherHigher = rankEventType(other.eventType.value) > rankEventType(kept.eventType.value);
  return isOtherHigher ? absorbDraft(other, kept) : absorbDraft(kept, other);
}

/** `winner` stays the event; the loser's tactic, trigger words, actors, weapons and counts join it. */
export function absorbDraft(winner: EventDraft, loser: EventDraft): EventDraft {
  const isSameTactic = winner.subEventType.value === loser.subEventType.value;
  return {
    ...winner,
    eventType: isSameTactic ? withEvidence(winner.eventType, loser.eventType) : winner.eventType,
    subEventType: isSameTactic ? withEvidence(winner.subEventType, loser.subEventType) : winner.subEventType,
    otherTactics: isSameTactic
      ? (loser.otherTactics ?? winner.otherTactics)
      : [...(winner.otherTactics ?? []), tacticOf(loser), ...(loser.otherTactics ?? [])],
    assocActors1: uniqueActors([...winner.assocActors1, ...loser.assocActors1], [winner.actor1, winner.actor2]),
    assocActors2: uniqueActors([...winner.assocActors2, ...loser.assocActors2], [winner.actor1, winner.actor2]),
    weapons: uniqueByValue([...winner.weapons, ...loser.weapons]),
    fatalities: combineCounts(winner.fatalities, loser.fatalities),
    injuries:
      winner.injuries && loser.injuries
        ? combineCounts(winner.injuries, loser.injuries)
        : (winner.injuries ?? loser.injuries),
    civilianTargeting: winner.civilianTargeting ?? loser.civilianTargeting,
  };
}

function tacticOf(draft: EventDraft): NonNullable<EventDraft["otherTactics"]>[number] {
  return {
    value: { eventType: draft.eventType.value, subEventType: draft.subEventType.value },
    evidence: [draft.trigger],
    stated: draft.subEventType.stated,
  };
}

function withEvidence<T>(a: Field<T>, b: Field<T>): Field<T> {
  return {
    ...a,
    evidence: [
      ...a.evidence,
      ...b.evidence.filter((s) => !a.evidence.some((t) => t.start === s.start && t.end === s.end)),
    ],
  };
}

function uniqueActors(list: Field<ActorValue>[], main: (Field<ActorValue> | null)[]): Field<ActorValue>[] {
  const taken = new Set(main.map((f) => f?.value.name));
  return list.filter((f) => !taken.has(f.value.name) && (taken.add(f.value.name), true));
}

function uniqueByValue(list: Field<string>[]): Field<string>[] {
  const byName = new Map<string, Field<string>>();
  for (const f of list) {
    const existing = byName.get(f.value.toLowerCase());
    byName.set(f.value.toLowerCase(), existing ? withEvidence(existing, f) : f);
  }
  return [...byName.values()];
}

/**
 * Two reports of the dead of one event: the same rule as inside a draft (count-fatalities) — the lowest
 * figure is the best estimate, the highest the upper bound; a known count beats an unknown one.
 */
function combineCounts(a: Field<FatalityValue>, b: Field<FatalityValue>): Field<FatalityValue> {
  const evidence = withEvidence(a, b).evidence;
  if (!a.value.known || !b.value.known) return { ...(a.value.known ? a : b.value.known ? b : a), evidence };
  const { low: la, best: ba, high: ha } = a.value;
  const { low: lb, best: bb, high: hb } = b.value;
  const min = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.min(x, y));
  return {
    value: {
      known: true,
      low: min(la, lb),
      best: min(ba, bb),
      high: ha === null || hb === null ? null : Math.max(ha, hb),
    },
    evidence,
    stated: a.stated && b.stated,
  };
}
