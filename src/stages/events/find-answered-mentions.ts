// "Troops raided the camp in retaliation for a bombing that killed six soldiers", "strikes on Sunday, hours
// after the group launched a drone at the airport": the non-occurrence cues ("retaliation for", "after the")
// drop a trigger named as the background of another event. When an event of its own sentence answers it,
// the report tells it there and only there, so it happened: it stays a mention of its own incident. Only
// an act of violence is answered so: "strikes even after the ceasefire" tells no ceasefire that happened.
import type { Doc } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import { linkResponses, type ResponseLink } from "./link-responses.js";
import type { EventsSettings } from "./settings.js";

/** `isResponder`: whether a trigger may answer (it is no planned or negated act). */
export function findAnsweredMentions(
  doc: Doc,
  triggers: TriggerMention[],
  isResponder: (m: TriggerMention) => boolean,
  settings: EventsSettings,
): Set<TriggerMention> {
  const links = linkResponses(doc, triggers, [], settings);
  const isAnswered = (l: ResponseLink) => isResponder(l.responder) && l.answered.disorderType === "Political violence";
  return new Set(links.filter(isAnswered).map((l) => l.answered));
}
