// A trigger whose clause tells of something that did not happen (read-irrealis.ts). Measured kind by kind
// on the event-records tune half: negated and habitual clauses pay (F1 +0.001, check and CASE unchanged);
// future and conditional cost recall (tune F1 -0.004, check -0.006: the gold marks reported threats and
// "would have" clauses as events too), and so do plans in general (check -0.006). A plan to demonstrate
// is kept out: a planned march is the error a reader sees, and on its own it moves no score. An
// adjective trigger modifying another noun ("offensive play") cost CASE 2021 0.005 and stays an event.
import type { TriggerMention } from "./find-triggers.js";
import type { ParseTree } from "./parse-tree.js";
import { type Irrealis, readIrrealis } from "./read-irrealis.js";
import { readPredicate } from "./read-predicate.js";

const NOT_AN_INCIDENT: ReadonlySet<Irrealis> = new Set(["negated", "habitual"]);

export function isIrrealis(tree: ParseTree, mention: TriggerMention): boolean {
  const predicate = readPredicate(tree, mention.span);
  const found = predicate ? readIrrealis(tree, predicate) : null;
  if (found === "planned") return mention.disorderType === "Demonstrations";
  return found !== null && NOT_AN_INCIDENT.has(found);
}
