// The sentences worth parsing: those with a trigger word that may be an incident. Only these are read
// for predicates and arguments (read-predicate.ts), and parsing is the costliest step of the pipeline
// (bench/README.md), so the syntax stage parses these alone. A trigger the cheap word rules already set
// aside (figurative, inside a date, counted as a tally, not an occurrence) needs no parse, nor one the
// events stage drops by its words alone whatever the parse says: part of a name ("the Lakes Rally"),
// the month March, or an actor's description ("militants who have attacked").
import { type Doc, spansOf } from "../../doc.js";
import type { EventLexicons } from "./event-lexicons.js";
import { findClaimSentences } from "./find-claimed-perpetrator.js";
import { countBefore } from "./find-tallies.js";
import { findTriggers } from "./find-triggers.js";
import { isActorDescription } from "./is-actor-description.js";
import { isFigurative } from "./is-figurative.js";
import { isMonthName } from "./is-month-name.js";
import { isNamePart } from "./is-name-part.js";
import { isOccurrence } from "./is-occurrence.js";
import type { FindTriggers } from "./remember-triggers.js";
import { EVENTS_SETTINGS, type EventsSettings } from "./settings.js";

export function findCandidateSentences(
  doc: Doc,
  lexicons: EventLexicons,
  settings: EventsSettings = EVENTS_SETTINGS,
  findMentions: FindTriggers = findTriggers,
): Set<number> {
  const dates = spansOf(doc, "dates");
  const isInDate = (start: number, end: number) => dates.some((d) => d.start <= start && end <= d.end);
  const candidates = findMentions(doc, lexicons, settings).filter(
    (m) =>
      !isInDate(m.span.start, m.span.end) &&
      isOccurrence(doc, m, settings) &&
      !isFigurative(doc, m) &&
      !countBefore(doc, m) &&
      !isNamePart(doc, m) &&
      !isMonthName(doc, m) &&
      !isActorDescription(doc, m, settings),
  );
  // A claim of responsibility reports no incident, but its parse names who carried one out.
  return new Set([...candidates.map((m) => m.sentence), ...findClaimSentences(doc, lexicons.responsibilityClaims)]);
}
