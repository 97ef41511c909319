// "The army said its troops neutralised 20 assailants in the fighting and recovered weapons and motorbikes":
// weapons seized, recovered or found in the aftermath of a fight are part of it, not a strategic development
// of their own. ACLED codes "Disrupted weapons use" for a seizure that is the event (a raid on a cache, a
// bomb defused); one told beside the fight it followed, on its day and at its place, is that fight's outcome,
// as the dead are. Only in the sentences that tell the fight or the one right after them, and never when the
// sentence says it tells another incident ("Separately, police seized ..."). Forces deployed or sent in
// answer to the fight, told the same way, are its aftermath too (AFTERMATH_KINDS).
import { type Doc, spansOf } from "../../doc.js";
import { fitsSetting } from "./find-further-act-incident.js";
import type { TriggerMention } from "./find-triggers.js";
import type { Incident } from "./incident.js";
import type { SourceWords } from "./is-source-place.js";
import type { ParseTree } from "./parse-tree.js";
import type { EventsSettings } from "./settings.js";

// "Security forces were deployed to the area and pursued the attackers", "the gunmen fled before
// reinforcements arrived": forces sent, moved or pulled back in answer to an attack are how that attack
// ended, not a change to a group's activity of their own (ACLED codes the attack once).
const AFTERMATH_KINDS = new Set(["Disrupted weapons use", "Change to group/activity"]);
/** Incidents a seizure can be the aftermath of: fights and attacks, not protests or other developments. */
const FIGHTS = new Set(["Battles", "Violence against civilians", "Explosions/Remote violence"]);
// "Separately, ...", "In another raid, ...": the sentence says it tells another incident.
const OTHER_INCIDENT = /\b(?:separately|elsewhere|meanwhile|another|earlier|previously)\b/i;

/** The fight just told, when the mention is a seizure or a force sent in its aftermath. */
export function findAftermathIncident(
  doc: Doc,
  tree: ParseTree,
  latest: Incident | undefined,
  mention: TriggerMention,
  allMentions: TriggerMention[],
  settings: EventsSettings,
  sourceWords: SourceWords,
): Incident | undefined {
  if (!latest || !AFTERMATH_KINDS.has(mention.subEventType) || !FIGHTS.has(latest.mentions[0].eventType))
    return undefined;
  const last = Math.max(...latest.sentences);
  if (mention.sentence !== last + 1 && !latest.sentences.has(mention.sentence)) return undefined;
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  if (OTHER_INCIDENT.test(doc.text.slice(sentence.start, mention.span.start))) return undefined;
  return fitsSetting(doc, tree, latest, mention, allMentions, settings, sourceWords) ? latest : undefined;
}
