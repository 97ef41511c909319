// Disagreeing casualty figures for one event ("police said 5 were killed ... hospital officials said 8"):
// the event keeps the lowest (ACLED's conservative rule, in count-fatalities.ts) and every figure becomes
// a claim of its own with its speaker, so the higher ones are kept, side by side and never averaged.
import {
  type ClaimDraft,
  type Doc,
  type EventDraft,
  type LayerSpan,
  type QuantityData,
  type Span,
  spansOf,
} from "../../doc.js";
import { findSpeaker } from "./find-speaker.js";
import { sentenceOf } from "./sentence-of.js";
import type { EventsSettings } from "./settings.js";

/** One set of claims per incident (records split per country share their figures). */
export function findFigureClaims(doc: Doc, events: EventDraft[], settings: EventsSettings): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const seen = new Set<number | undefined>();
  events.forEach((event, index) => {
    if (event.incident !== undefined && seen.has(event.incident)) return;
    seen.add(event.incident);
    const killed = event.fatalities.evidence.filter((s) => s.label === "KILLED").flatMap((s) => numberSpanAt(doc, s));
    // Sources disagree across sentences ("..., police said. Hospital officials said 15 ..."); two counts
    // in one sentence are usually of different people ("a suicide bomber killed 12 people").
    if (
      new Set(killed.map((s) => Number(s.data?.best))).size < 2 ||
      new Set(killed.map((s) => sentenceOf(doc, s))).size < 2
    )
      return;
    const members = incidentMembers(events, index);
    for (const span of killed) {
      claims.push(
        fatalityClaim(doc, event, members, span, sentenceOf(doc, span), settings, "events/find-figure-claims"),
      );
    }
  });
  return claims;
}

/** The indexes of the events of `events[index]`'s incident, itself included. */
export function incidentMembers(events: EventDraft[], index: number): number[] {
  const incident = events[index].incident;
  return events.flatMap((e, i) => (i === index || (incident !== undefined && e.incident === incident) ? [i] : []));
}

/** A fatalities claim of `event`'s incident: the count `span`, in the words of its sentence's speaker. */
export function fatalityClaim(
  doc: Doc,
  event: EventDraft,
  members: number[],
  span: LayerSpan<"numbers">,
  sentence: number,
  settings: EventsSettings,
  by: string,
): ClaimDraft {
  const data: Partial<QuantityData> = span.data ?? {};
  return {
    kind: "fatalities",
    claimant: sentence >= 0 ? findSpeaker(doc, sentence, settings) : null,
    eventType: event.eventType.value,
    subEventType: event.subEventType.value,
    count: {
      value: {
        low: Number(data.low),
        best: Number(data.best),
        high: data.high === null || data.high === undefined ? null : Number(data.high),
      },
      evidence: [span],
      stated: true,
    },
    period: event.date,
    actor: event.actor1,
    target: event.actor2,
    place: event.place,
    events: members,
    statement: { ...spansOf(doc, "sentences")[Math.max(0, sentence)], label: "CLAIM", by },
    trigger: span,
  };
}

/** The numbers layer's span behind a piece of evidence (evidence keeps only what every span has). */
export function numberSpanAt(doc: Doc, evidence: Span): LayerSpan<"numbers">[] {
  const span = spansOf(doc, "numbers").find(
    (n) => n.start === evidence.start && n.end === evidence.end && n.label === evidence.label,
  );
  return span ? [span] : [];
}
