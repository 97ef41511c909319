// "Protesters took to the streets to denounce the crackdown on demonstrators", "a rally against police
// killings": words of force inside what a protest is about are its grievance, not force used on it. The
// trigger typing (classify-event.ts) reads its sentence's words before the parse; this reads the parse and
// types a protest again with its grievance blanked out. The grievance is what the protest's purpose clause
// ("to denounce X", "to protest X") or its "against / over" phrase holds, found from the trigger's own word
// and the verb it is the subject of ("protesters took to the streets to ...").
import { type Doc, spansOf } from "../../doc.js";
import { findBoundedMatches } from "../../text/find-bounded-matches.js";
import { classifyEvent, type EventTyping, type TriggerContext } from "./classify-event.js";
import type { EventLexicons } from "./event-lexicons.js";
import type { TriggerMention } from "./find-triggers.js";
import type { Incident } from "./incident.js";
import {
  caseOf,
  childrenOf,
  headOf,
  headTokenOf,
  type ParseTree,
  relationOf,
  subtreeSpanOf,
  wordOf,
} from "./parse-tree.js";

const PEACEFUL: EventTyping = {
  eventType: "Protests",
  subEventType: "Peaceful protest",
  disorderType: "Demonstrations",
};
// What a protest is about: "protests against / over the killings" (UD case of a nominal).
const GRIEVANCE_CASES = new Set(["against", "over"]);
// Purpose and complement clauses ("to denounce ...", "demanding ..."): UD relations.
const PURPOSE_RELATIONS = new Set(["advcl", "xcomp", "acl"]);

/** The mention with the type its sentence gives once its grievance is blanked, when that differs. */
export function discountGrievance(
  doc: Doc,
  tree: ParseTree,
  mention: TriggerMention,
  lexicons: EventLexicons,
): TriggerMention {
  if (mention.eventType !== "Protests" || mention.subEventType === PEACEFUL.subEventType) return mention;
  if (!isPeacefulTrigger(doc, mention, lexicons)) return mention;
  const spans = findGrievanceSpans(tree, mention);
  if (spans.length === 0) return mention;
  const typed = classifyEvent(PEACEFUL, blankedContext(doc, mention, spans), lexicons);
  if (!typed || typed.subEventType === mention.subEventType) return mention;
  const span = { ...mention.span, data: { ...mention.span.data, subEventType: typed.subEventType } };
  return { ...mention, ...typed, span };
}

/** The trigger word is a plain protest word ("protesters", "rally"), typed up only by its sentence. */
function isPeacefulTrigger(doc: Doc, mention: TriggerMention, lexicons: EventLexicons): boolean {
  const word = doc.text.slice(mention.span.start, mention.span.end);
  return lexicons.triggers.some(
    (entry) =>
      entry.subEventType === PEACEFUL.subEventType &&
      findBoundedMatches(word, entry.pattern).some((m) => m.index === 0 && m[0].length === word.length),
  );
}

/** Character ranges of the protest's grievance phrases: the trigger's and its verb's. */
export function findGrievanceSpans(tree: ParseTree, mention: TriggerMention): { start: number; end: number }[] {
  const token = headTokenOf(tree, mention.span);
  if (token < 0) return [];
  // "protesters took to the streets to denounce ...": the subject's verb holds the purpose clause.
  const isSubject = relationOf(tree, token).startsWith("nsubj");
  const hosts = isSubject && headOf(tree, token) >= 0 ? [token, headOf(tree, token)] : [token];
  return hosts.flatMap((host) =>
    childrenOf(tree, host)
      .filter((c) => isGrievance(tree, c))
      .map((c) => subtreeSpanOf(tree, c))
      .filter((s) => s.end <= mention.span.start || s.start >= mention.span.end),
  );
}

/**
 * "marched to denounce the killing of a student": the grievance's dead are no incident's of that sentence,
 * neither the protest's nor the force used on its crowd. Its phrases join the text whose counts are another
 * incident's (incident.ts `withheld`). `mentions`: the report's occurring mentions.
 */
export function withholdGrievances(
  tree: ParseTree,
  incidents: readonly Incident[],
  mentions: readonly TriggerMention[],
): void {
  // Each protest's grievance read once, then given to every incident of its sentence.
  const grievances = mentions
    .filter((m) => m.eventType === PEACEFUL.eventType)
    .map((protest) => ({ sentence: protest.sentence, spans: findGrievanceSpans(tree, protest) }));
  for (const incident of incidents)
    for (const { sentence, spans } of grievances)
      if (incident.sentences.has(sentence)) (incident.withheld ??= []).push(...spans);
}

function isGrievance(tree: ParseTree, child: number): boolean {
  const relation = relationOf(tree, child).split(":")[0];
  if (PURPOSE_RELATIONS.has(relation)) return childrenOf(tree, child).some((c) => wordOf(tree, c) === "to");
  return (relation === "obl" || relation === "nmod") && GRIEVANCE_CASES.has(caseOf(tree, child) ?? "");
}

/** The trigger's sentence as classify-event reads it, with the grievance's characters turned to blanks. */
function blankedContext(doc: Doc, mention: TriggerMention, spans: { start: number; end: number }[]): TriggerContext {
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  // UTF-16 units, as offsets count them.
  const chars = doc.text.slice(sentence.start, sentence.end).split("");
  for (const s of spans)
    for (let i = Math.max(s.start, sentence.start); i < Math.min(s.end, sentence.end); i++)
      chars[i - sentence.start] = " ";
  const text = chars.join("");
  const [start, end] = [mention.span.start - sentence.start, mention.span.end - sentence.start];
  return {
    before: text.slice(0, start),
    trigger: doc.text.slice(mention.span.start, mention.span.end),
    after: text.slice(end),
    sentence: text,
    weapon: null,
  };
}
