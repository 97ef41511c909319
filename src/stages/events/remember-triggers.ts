// The syntax stage's sentence choice (find-candidate-sentences.ts) and the events stage both need the
// document's trigger mentions, and finding them runs every trigger pattern over the whole text (about 4%
// of the pipeline's time, bench/pipeline.bench.ts). A finder made here, shared by the two in one pipeline,
// finds them once: it hands back its last answer while the inputs that answer read are the same objects.
import type { Doc } from "../../doc.js";
import type { EventLexicons } from "./event-lexicons.js";
import {
  findClauseParts,
  findTriggerCandidates,
  findTriggerMatches,
  keepUncoveredTriggers,
  type TriggerMatch,
  type TriggerMention,
} from "./find-triggers.js";
import type { EventsSettings } from "./settings.js";

export type FindTriggers = (doc: Doc, lexicons: EventLexicons, settings: EventsSettings) => TriggerMention[];

/** The raw matches of every trigger pattern (findTriggerMatches): the incident-name finder reads them too. */
export type FindTriggerMatches = (doc: Doc, lexicons: EventLexicons) => readonly TriggerMatch[];

/** The events lexicons (read on first use) and a trigger finder, shared by the sentence choice and the events stage;
 * `findMatches`, the raw matches the finder typed, for the events stage's other readers of trigger words. */
export type SharedTriggers = {
  lexicons: () => EventLexicons;
  findTriggers: FindTriggers;
  findMatches?: FindTriggerMatches;
};

/** findTriggerMatches, remembering the last document's: they read only the text and the lexicons. */
export function rememberLastMatches(): FindTriggerMatches {
  let last: { text: string; lexicons: EventLexicons; matches: TriggerMatch[] } | undefined;
  return (doc, lexicons) => {
    if (last?.text !== doc.text || last.lexicons !== lexicons)
      last = {
        text: doc.text,
        lexicons,
        matches: findTriggerMatches(doc.text, lexicons.triggers, lexicons.triggerPatterns),
      };
    return last.matches;
  };
}

/** findTriggers, remembering the last document's candidate mentions. findTriggers reads the text, the sentences and
 * weapons layers (classify-event.ts buildContext), the lexicons and the settings; layers are never changed
 * in place, so the same arrays mean the same mentions. Callers must not change the mentions either. */
export function rememberLastTriggers(findMatches: FindTriggerMatches = rememberLastMatches()): FindTriggers {
  let last: { key: unknown[]; mentions: TriggerMention[]; parts: Map<TriggerMention, string> } | undefined;
  return (doc, lexicons, settings) => {
    const key = [doc.text, doc.layers.sentences, doc.layers.weapons, lexicons, settings];
    // The candidates and their clause parts are remembered; which of them a yardstick covers depends on the
    // parse, which the events stage has and the sentence choice has not (keepUncoveredTriggers).
    if (!last?.key.every((input, i) => input === key[i])) {
      const mentions = findTriggerCandidates(doc, lexicons, settings, findMatches(doc, lexicons));
      last = { key, mentions, parts: findClauseParts(doc, mentions) };
    }
    return keepUncoveredTriggers(doc, last.mentions, last.parts);
  };
}
