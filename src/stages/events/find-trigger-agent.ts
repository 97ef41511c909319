// "A suicide bomber killed 12 people at a market": the trigger is the attacker's own noun, so no reader finds
// an agent outside it and the record had no actor 1. A political-violence trigger whose last word is an armed
// group's noun (lexicon/actors/actor-nouns.tsv: "bomber", "gunmen") names its perpetrator, unnamed: ACLED's
// unidentified armed group of the event's country, the same actor "A bomber killed 12 people" gets.
import type { ActorValue, Doc, Field, Span } from "../../doc.js";
import type { ActorCountries, ActorNounLexicons } from "./find-parsed-actor.js";
import type { TriggerMention } from "./find-triggers.js";
import { nameGenericActor } from "./name-generic-actor.js";

export function findTriggerAgent(
  doc: Doc,
  mentions: readonly TriggerMention[],
  countries: ActorCountries,
  lexicons: ActorNounLexicons,
): Field<ActorValue> | null {
  for (const mention of mentions) {
    if (mention.disorderType !== "Political violence") continue;
    const last = doc.text.slice(mention.span.start, mention.span.end).split(/\s+/).pop() ?? "";
    const kind = lexicons.actorNouns.kinds.get(last.toLowerCase());
    if (kind !== "armed group") continue;
    // The trigger's words are the attacker's ("suicide bomber"), as a subject's whole phrase is.
    const span: Span = { start: mention.span.start, end: mention.span.end, label: "ACTOR", by: "events/trigger-agent" };
    const value = nameGenericActor(lexicons.genericActors, kind, countries.place ?? countries.report);
    return { value, evidence: [span], stated: countries.place !== null || countries.report === null };
  }
  return null;
}
