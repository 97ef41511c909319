// "Police arrested two men suspected of abusing a girl", "the journalist's attacker is in custody": ACLED
// codes an arrest only as a strategic development, when the people held are political (protesters,
// opposition figures, members of an armed group, journalists held for their reporting; ACLED Codebook 2023,
// "Arrests"). A whole report that names no political or armed actor, target or motive anywhere
// (is-ordinary-crime.ts: no actor entity, none of lexicon/events/political-cues.txt, no plural of an armed
// group's noun) has no political side for an arrest to be on, whether or not it names the crime. A snippet
// of a few sentences shows no register (settings.registerMinSentences): its silence proves nothing.
import { type Doc, spansOf } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import type { EventsSettings } from "./settings.js";

export function isApoliticalArrest(
  doc: Doc,
  mention: TriggerMention,
  namesPoliticalSide: boolean,
  settings: EventsSettings,
): boolean {
  if (namesPoliticalSide || mention.subEventType !== "Arrests") return false;
  return spansOf(doc, "sentences").length >= settings.registerMinSentences;
}
