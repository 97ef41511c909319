// A response chain: an event, everything it answers (transitively: "in response to" links, and through a
// tally, the events that tally counts) and everything that answers it, plus the records split from the
// same incident. Directions are kept apart, so two events that answer the same thing are not pulled in.
import type { RelationRow } from "../store/claims-relations.js";
import type { EventRecord } from "./event-record.js";

export function findChain(startId: string, relations: RelationRow[], events: EventRecord[]): Set<string> {
  const byId = new Map(events.map((e) => [e.event_id, e]));
  const found = new Set<string>();
  const visit = (id: string, direction: "up" | "down") => {
    const key = `${direction}:${id}`;
    if (visited.has(key)) return;
    visited.add(key);
    found.add(id);
    for (const next of direction === "up" ? answeredBy(id, relations) : answersTo(id, relations))
      visit(next, direction);
  };
  const visited = new Set<string>();
  const start = byId.get(startId);
  for (const id of [startId, ...(start?.same_incident ?? [])]) {
    visit(id, "up");
    visit(id, "down");
  }
  return found;
}

/** What `id` answers: events directly, and the events counted by a tally it answers. */
function answeredBy(id: string, relations: RelationRow[]): string[] {
  return relations
    .filter((r) => r.from_id === id && r.relation === "in_response_to")
    .flatMap((r) => [
      r.to_id,
      ...relations.filter((c) => c.from_id === r.to_id && c.relation === "counts").map((c) => c.to_id),
    ])
    .filter((to) => !isClaim(to, relations));
}

/** What answers `id`: events that answer it, or answer a tally that counts it. */
function answersTo(id: string, relations: RelationRow[]): string[] {
  const tallies = relations.filter((r) => r.to_id === id && r.relation === "counts").map((r) => r.from_id);
  return relations
    .filter((r) => r.relation === "in_response_to" && (r.to_id === id || tallies.includes(r.to_id)))
    .map((r) => r.from_id);
}

function isClaim(id: string, relations: RelationRow[]): boolean {
  return relations.some((r) => r.from_id === id && (r.relation === "counts" || r.relation === "attributes"));
}
