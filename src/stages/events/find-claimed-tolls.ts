// "A health official said three people were killed, but the figure could not be independently verified":
// the event keeps the toll (ACLED codes the reported figure), and the figure becomes a claim beside it
// with its speaker, as disputed figures do (find-figure-claims.ts), so a reader sees whose word it is.
import type { ClaimDraft, Doc, EventDraft, LayerSpan, QuantityData, Span } from "../../doc.js";
import { spansOf } from "../../doc.js";
import { findSpeaker } from "./find-speaker.js";
import type { EventsSettings } from "./settings.js";

/**
 * One claim per toll whose sentence says it is unverified (`unverifiedCues`, lexicon/claims/), for events
 * whose figures no claim holds yet (`claimed`: the events of earlier figure claims).
 */
export function findClaimedTolls(
  doc: Doc,
  events: EventDraft[],
  claimed: ReadonlySet<number>,
  unverifiedCues: readonly RegExp[],
  settings: EventsSettings,
): ClaimDraft[] {
  const sentences = spansOf(doc, "sentences");
  const seen = new Set<number | undefined>();
  return events.flatMap((event, index) => {
    if (claimed.has(index) || (event.incident !== undefined && seen.has(event.incident))) return [];
    seen.add(event.incident);
    const members = events.flatMap((e, i) =>
      i === index || (e.incident !== undefined && e.incident === event.incident) ? [i] : [],
    );
    return event.fatalities.evidence.flatMap((evidence) => {
      const span = spansOf(doc, "numbers").find(
        (n) => n.label === "KILLED" && n.start === evidence.start && n.end === evidence.end,
      );
      const sentence = span ? sentences.findIndex((s) => s.start <= span.start && span.end <= s.end) : -1;
      if (!span || sentence < 0 || !isUnverified(doc, sentences[sentence], unverifiedCues)) return [];
      return [claimOf(doc, event, members, span, sentence, settings)];
    });
  });
}

function isUnverified(doc: Doc, sentence: Span, cues: readonly RegExp[]): boolean {
  const text = doc.text.slice(sentence.start, sentence.end);
  return cues.some((cue) => cue.test(text));
}

function claimOf(
  doc: Doc,
  event: EventDraft,
  members: number[],
  span: LayerSpan<"numbers">,
  sentence: number,
  settings: EventsSettings,
): ClaimDraft {
  const data: Partial<QuantityData> = span.data ?? {};
  return {
    kind: "fatalities",
    claimant: findSpeaker(doc, sentence, settings),
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
    statement: { ...spansOf(doc, "sentences")[sentence], label: "CLAIM", by: "events/find-claimed-tolls" },
    trigger: span,
  };
}
