// "Hundreds protested on Friday against the arrest of an activist", "a rally over the killing of a student":
// an act inside what a protest is about is its cause, named to say why the crowd gathered. Unless that phrase
// gives the act a day of its own, it is an earlier incident referred to, not one the report tells, and the
// protest's day is not its day (ACLED codes the protest; the cause only where its own report dates it).
import { type Doc, spansWithin } from "../../doc.js";
import { findGrievanceSpans } from "./discount-grievance.js";
import type { TriggerMention } from "./find-triggers.js";
import type { ParseTree } from "./parse-tree.js";

export function isProtestGrievance(
  doc: Doc,
  tree: ParseTree,
  mention: TriggerMention,
  triggers: readonly TriggerMention[],
): boolean {
  if (mention.eventType === "Protests") return false;
  return triggers.some(
    (protest) =>
      protest.sentence === mention.sentence &&
      protest.eventType === "Protests" &&
      findGrievanceSpans(tree, protest).some(
        (s) =>
          s.start <= mention.span.start &&
          mention.span.end <= s.end &&
          spansWithin(doc, "dates", s.start, s.end).length === 0,
      ),
  );
}
