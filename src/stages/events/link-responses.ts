// "in response to", "in retaliation for": the event named before the cue answers the one named after it
// ("he ordered F-15E airstrikes in response to a rocket attack on the US coalition in Erbil"), or answers a
// tally ("came in response to at least five militia drone attacks"). "after" only orders events in time,
// so it links only when an event trigger follows it at once ("strikes after a rocket attack"), never
// a clause ("after returning Sunday night").
import { type Doc, type Span, spansOf } from "../../doc.js";
import { findAllMatches } from "../../text/find-all-matches.js";
import { isSameOperation } from "./find-operation-partner.js";
import type { TriggerMention } from "./find-triggers.js";
import { readParseTree } from "./parse-tree.js";
import { CUE_SEARCHES, findResponseCues } from "./response-cues.js";
import type { EventsSettings } from "./settings.js";

export type ResponseLink = { responder: TriggerMention; answered: TriggerMention; evidence: Span };

/** `events`: occurring mentions (each part of an incident); `tallies`: mentions counted by a tally claim. */
export function linkResponses(
  doc: Doc,
  events: TriggerMention[],
  tallies: TriggerMention[],
  settings: EventsSettings,
): ResponseLink[] {
  const links: ResponseLink[] = [];
  spansOf(doc, "sentences").forEach((sentence, index) => {
    const inSentence = events.filter((m) => m.sentence === index);
    // A link needs a responding event in the sentence: without one, no cue can link.
    if (inSentence.length === 0) return;
    const text = doc.text.slice(sentence.start, sentence.end);
    const targets = [...inSentence, ...tallies.filter((m) => m.sentence === index)].sort(
      (a, b) => a.span.start - b.span.start,
    );
    for (const cue of CUE_SEARCHES) {
      for (const match of findAllMatches(text, cue.regex)) {
        const evidence: Span = {
          start: sentence.start + match.index!,
          end: sentence.start + match.index! + match[0].length,
          label: "RESPONSE_CUE",
          by: "events/link-responses",
        };
        const link = findLink(doc, evidence, inSentence, cue.isAfter ? inSentence : targets, cue.isAfter, settings);
        if (link && !links.some((l) => l.responder === link.responder && l.answered === link.answered))
          links.push(link);
      }
    }
  });
  return links;
}

/**
 * "X fired rockets at a base in response to the strike": a mention told as answering something, whether or
 * not the answered thing is a trigger of its own ("the strike" names one already told), with the cue that
 * says so. Only the cues that say it ("in response to", "in retaliation for"), not a bare "after".
 */
export function findCuedResponders(
  doc: Doc,
  events: TriggerMention[],
  settings: EventsSettings,
): Map<TriggerMention, Span> {
  const responders = new Map<TriggerMention, Span>();
  spansOf(doc, "sentences").forEach((sentence, index) => {
    const inSentence = events.filter((m) => m.sentence === index);
    if (inSentence.length === 0) return;
    for (const cue of findResponseCues(doc, sentence)) {
      const responder = findResponder(doc, cue, inSentence, settings);
      if (responder && !responders.has(responder)) responders.set(responder, cue);
    }
  });
  return responders;
}

/** The last mention before the cue, near enough and with no ";" or ":" between: what the cue says answers. */
function findResponder(
  doc: Doc,
  cue: Span,
  mentions: TriggerMention[],
  settings: EventsSettings,
): TriggerMention | undefined {
  const responder = [...mentions].reverse().find((m) => m.span.end <= cue.start);
  if (!responder || cue.start - responder.span.end > settings.responderMaxChars) return undefined;
  return /[;:]/.test(doc.text.slice(responder.span.end, cue.start)) ? undefined : responder;
}

function findLink(
  doc: Doc,
  cue: Span,
  responders: TriggerMention[],
  targets: TriggerMention[],
  isAfter: boolean,
  settings: EventsSettings,
): ResponseLink | null {
  const responder = findResponder(doc, cue, responders, settings);
  const answered = targets.find((m) => m.span.start >= cue.end);
  if (!responder || !answered) return null;
  const gap = doc.text.slice(cue.end, answered.span.start);
  if (gap.length > settings.answeredMaxChars || /[;:,]/.test(gap)) return null;
  // "after" + at most three words + the trigger: "after a rocket attack", "after its airstrike".
  if (isAfter && !/^\s+(?:[\w'’-]+\s+){0,3}$/.test(gap)) return null;
  // "retook the town after clashes with the insurgents": one operation told in order, no answer (find-operation-partner.ts).
  if (isAfter && isSameOperation(readParseTree(doc), responder, answered, cue.end)) return null;
  return { responder, answered, evidence: cue };
}
