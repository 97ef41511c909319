// "the remnants of the Islamic State force that has captured Mosul and other cities in 2014": a relative
// clause in the perfect that tells who an actor is, by what it has done, is background identifying the
// actor — the report does not narrate that event, so it is no incident of its own. A clause that narrates
// ("militants who attacked the base on Monday") is not in the perfect and is kept.
import { type Doc, spansOf } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import type { EventsSettings } from "./settings.js";

const PERFECT_RELATIVE = /^\s*(?:[\w'’-]+\s+){0,2}(?:that|which|who)\s+(?:has|have|had)\s+(?:\w+ly\s+)?(?:been\s+)?$/i;

export function isActorDescription(doc: Doc, mention: TriggerMention, settings: EventsSettings): boolean {
  return spansOf(doc, "entities").some((e) => {
    if (
      e.label !== "ACTOR" ||
      e.end > mention.span.start ||
      mention.span.start - e.end > settings.actorDescriptionChars
    )
      return false;
    return PERFECT_RELATIVE.test(doc.text.slice(e.end, mention.span.start));
  });
}
