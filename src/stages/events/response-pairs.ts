// A response chain names two incidents, whichever way it is told: "strikes in response to a rocket
// attack" (forwards) or "strikes on Sunday, hours after the group launched a drone at the airport"
// (backwards, the answered event in an "after" clause). The two sides have their own actor, place, day
// and toll, so grouping keeps them apart: no mention joins an incident that holds the other side of one of
// its links, and the answered side takes no date from the responder's words (the cue comes between).
import type { LayerSpan } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import type { Incident } from "./incident.js";
import type { ResponseLink } from "./link-responses.js";

export type ResponsePairs = {
  /** Whether the incident holds a mention on the other side of one of the mention's links. */
  isApart: (incident: Incident, mention: TriggerMention) => boolean;
  /** Where the cue that names the mention as answered ends, or -1 when it answers nothing. */
  answeredAfter: (mention: TriggerMention) => number;
};

export function readResponsePairs(links: readonly ResponseLink[]): ResponsePairs {
  const partners = new Map<TriggerMention, Set<TriggerMention>>();
  const cueEnd = new Map<TriggerMention, number>();
  const pair = (a: TriggerMention, b: TriggerMention) => {
    if (!partners.has(a)) partners.set(a, new Set());
    partners.get(a)!.add(b);
  };
  for (const link of links) {
    pair(link.responder, link.answered);
    pair(link.answered, link.responder);
    cueEnd.set(link.answered, Math.max(cueEnd.get(link.answered) ?? -1, link.evidence.end));
  }
  return {
    isApart: (incident, mention) => {
      const others = partners.get(mention);
      return !!others && incident.mentions.some((m) => others.has(m));
    },
    answeredAfter: (mention) => cueEnd.get(mention) ?? -1,
  };
}

export const NO_RESPONSE_PAIRS: ResponsePairs = readResponsePairs([]);

/** An answered mention's own date lies after its cue: "on Sunday, hours after ..." dates the responder. */
export function isOwnDate(pairs: ResponsePairs, mention: TriggerMention, date: LayerSpan<"dates">): boolean {
  return date.start >= pairs.answeredAfter(mention);
}
