// "Al-Shabaab and Islamic State fighters clashed": the joined subjects of a verb of fighting each other
// (lexicon/actors/mutual-fight-verbs.txt) are the battle's two sides, not a side and its ally. With no
// other side named (no object, no "with" phrase), the second actor 1 becomes actor 2.
import type { Doc } from "../../doc.js";
import type { ActorRoles } from "./assign-actors.js";
import type { TriggerMention } from "./find-triggers.js";
import { caseOf, childrenOf, headOf, readParseTree } from "./parse-tree.js";
import { readPredicate } from "./read-predicate.js";

export function splitMutualSides(
  doc: Doc,
  roles: ActorRoles,
  mentions: readonly TriggerMention[],
  verbs: ReadonlySet<string>,
): void {
  if (roles.actor2.length > 0 || roles.actor1.length < 2) return;
  if (!mentions.some((m) => isMutualFight(doc, m, verbs))) return;
  const [other] = roles.actor1.splice(1, 1);
  roles.actor2.push(other);
}

function isMutualFight(doc: Doc, mention: TriggerMention, verbs: ReadonlySet<string>): boolean {
  const word = doc.text.slice(mention.span.start, mention.span.end).toLowerCase();
  if (mention.eventType !== "Battles" || !verbs.has(word)) return false;
  const tree = readParseTree(doc);
  const predicate = readPredicate(tree, mention.span);
  if (!predicate) return false;
  // "fighters clashed" parsed as a reduced relative ("the soldiers killed"): the noun it hangs on is a side
  // that fought, not one acted on.
  const antecedent = headOf(tree, predicate.token);
  const isActedOn = [...predicate.anchors].some(([token, role]) => role === "patient" && token !== antecedent);
  return !isActedOn && !childrenOf(tree, predicate.token).some((c) => caseOf(tree, c) === "with");
}
