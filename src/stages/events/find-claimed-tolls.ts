// "A health official said three people were killed, but the figure could not be independently verified":
// the event keeps the toll (ACLED codes the reported figure), and the figure becomes a claim beside it
// with its speaker, as disputed figures do (find-figure-claims.ts), so a reader sees whose word it is.
import type { ClaimDraft, Doc, EventDraft, Span } from "../../doc.js";
import { spansOf } from "../../doc.js";
import { fatalityClaim, incidentMembers, numberSpanAt } from "./find-figure-claims.js";
import { sentenceOf } from "./sentence-of.js";
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
    const members = incidentMembers(events, index);
    return event.fatalities.evidence.flatMap((evidence) =>
      numberSpanAt(doc, { ...evidence, label: "KILLED" }).flatMap((span) => {
        const sentence = sentenceOf(doc, span);
        if (sentence < 0 || !isUnverified(doc, sentences[sentence], unverifiedCues)) return [];
        return [fatalityClaim(doc, event, members, span, sentence, settings, "events/find-claimed-tolls")];
      }),
    );
  });
}

function isUnverified(doc: Doc, sentence: Span, cues: readonly RegExp[]): boolean {
  const text = doc.text.slice(sentence.start, sentence.end);
  return cues.some((cue) => cue.test(text));
}
