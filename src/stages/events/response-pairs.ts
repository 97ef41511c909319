// A response chain names two incidents, whichever way it is told: "strikes in response to a rocket
// attack" (forwards) or "strikes on Sunday, hours after the group launched a drone at the airport"
// (backwards, the answered event in an "after" clause). The two sides have their own actor, place, day
// and toll, so grouping keeps them apart: no mention joins an incident that holds the other side of one of
// its links, and the answered side takes no date from the responder's words (the cue comes between).
import { type Doc, type LayerSpan, spansOf } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import type { Incident } from "./incident.js";
import type { ResponseLink } from "./link-responses.js";

export type ResponsePairs = {
  links: readonly ResponseLink[];
  /** Whether the incident holds a mention on the other side of one of the mention's links. */
  isApart: (incident: Incident, mention: TriggerMention) => boolean;
  /** Where the cue that names the mention as answered ends, or -1 when it answers nothing. */
  answeredAfter: (mention: TriggerMention) => number;
  /** Whether the mention is told as answering something ("fired rockets in response to the strike"). */
  isResponder: (mention: TriggerMention) => boolean;
  /**
   * Whether the mention answers an incident named only by a pointing phrase ("in response to the strike"),
   * which is the incident told before it (find-pointed-answer.ts): the mention joins any other but that one.
   */
  answersToldIncident: (mention: TriggerMention) => boolean;
};

/**
 * `cuedResponders`: mentions told as answering something, whether or not what they answer is a trigger;
 * `pointingResponders`: those of them whose cue names the answered incident by a pointing phrase.
 */
export function readResponsePairs(
  links: readonly ResponseLink[],
  cuedResponders: ReadonlySet<TriggerMention> = new Set(),
  pointingResponders: ReadonlySet<TriggerMention> = new Set(),
): ResponsePairs {
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
    links,
    isApart: (incident, mention) => {
      const others = partners.get(mention);
      return !!others && incident.mentions.some((m) => others.has(m));
    },
    answeredAfter: (mention) => cueEnd.get(mention) ?? -1,
    isResponder: (mention) => cuedResponders.has(mention) || links.some((link) => link.responder === mention),
    answersToldIncident: (mention) => pointingResponders.has(mention),
  };
}

export const NO_RESPONSE_PAIRS: ResponsePairs = readResponsePairs([]);

/** An answered mention's own date lies after its cue: "on Sunday, hours after ..." dates the responder. */
export function isOwnDate(pairs: ResponsePairs, mention: TriggerMention, date: LayerSpan<"dates">): boolean {
  return date.start >= pairs.answeredAfter(mention);
}

/**
 * "Jets bombed the camp on Sunday in retaliation for a bombing that killed six soldiers on Friday": where
 * both sides are told in one sentence, the counts after the cue are the answered incident's and those
 * before it the responder's. Each side's incident withholds the other side's part of the sentence.
 */
export function withholdAcrossCues(doc: Doc, incidents: Incident[], pairs: ResponsePairs): void {
  const sentences = spansOf(doc, "sentences");
  const incidentOf = (m: TriggerMention) => incidents.find((i) => i.mentions.includes(m));
  for (const link of pairs.links) {
    const [responder, answered] = [incidentOf(link.responder), incidentOf(link.answered)];
    const sentence = sentences.find((s) => s.start <= link.evidence.start && link.evidence.end <= s.end);
    if (!responder || !answered || responder === answered || !sentence) continue;
    (responder.withheld ??= []).push({ start: link.evidence.start, end: sentence.end });
    (answered.withheld ??= []).push({ start: sentence.start, end: link.evidence.end });
  }
}
