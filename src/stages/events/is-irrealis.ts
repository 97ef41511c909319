// A trigger whose clause tells of something that did not happen (read-irrealis.ts). Measured kind by kind
// on the event-records tune half: negated and habitual clauses pay (F1 +0.001, check and CASE unchanged);
// future and conditional cost recall (tune F1 -0.004, check -0.006: the gold marks reported threats and
// "would have" clauses as events too), and so do plans in general (check -0.006). A plan to demonstrate
// is kept out: a planned march is the error a reader sees, and on its own it moves no score. An
// adjective trigger modifying another noun ("offensive play") cost CASE 2021 0.005 and stays an event.
// A total over a period read from the predicate's own clause ("killed since 2015", "over six years", "so
// far this year") is a tally (find-tallies.ts), not an incident: tune F1 +0.001, check +0.004. So is a
// trigger whose clause is the open complement of a modal or intent verb ("vowed to continue shelling",
// "could be ordered to resume shelling"), read up the xcomp chain only: tune +0.002, check +0.002.
import { type Doc, spansOf } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import type { ParseTree } from "./parse-tree.js";
import { type Irrealis, readIrrealis } from "./read-irrealis.js";
import { readPredicate } from "./read-predicate.js";

const NOT_AN_INCIDENT: ReadonlySet<Irrealis> = new Set(["negated", "habitual", "total", "prospective"]);

/** What the parse says of whether the trigger's event took place (null: nothing against it). Read once per trigger:
 * the events stage asks it both whether the trigger is an incident and whether it is a total. */
export function readMentionIrrealis(tree: ParseTree, mention: TriggerMention): Irrealis | null {
  const predicate = readPredicate(tree, mention.span);
  return predicate ? readIrrealis(tree, predicate) : null;
}

/** `isDatedAhead`: whether the trigger's sentence names a day after the report's publication (isDatedAhead). */
export function isIrrealis(mention: TriggerMention, found: Irrealis | null, isDatedAhead: () => boolean): boolean {
  if (found === "planned" && mention.disorderType === "Demonstrations") return true;
  if (found === "planned" || found === "future") return isDatedAhead();
  return found !== null && NOT_AN_INCIDENT.has(found);
}

/**
 * "plans to send reinforcements next week", "will march on Friday": a plan or a future clause whose sentence
 * names a day after publication has not happened yet, whichever the reporter's tense. Without such a date a
 * planned or future clause stays: the gold marks reported threats as events (see above).
 */
export function isDatedAhead(doc: Doc, mention: TriggerMention): boolean {
  const published = doc.meta.published?.slice(0, 10);
  if (!published) return false;
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  return spansOf(doc, "dates").some((d) => {
    const start = (d.data as { start?: string } | undefined)?.start;
    return d.start >= sentence.start && d.end <= sentence.end && !!start && start > published;
  });
}
