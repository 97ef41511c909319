// "Al-Shabaab said it carried out the attack on the base on Monday": a date phrase the parse hangs on the
// trigger or on the verb its event noun is the object or subject of dates the event, even when the
// trigger is a definite "the attack" whose own noun phrase holds no date. A comparison ("the highest
// since May 10") or a period start ("since April") says when something else began, so it never counts.
import { type Doc, type LayerSpan, spansOf } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import { isComparisonDate } from "./is-comparison-date.js";
import { isReportDate } from "./is-report-date.js";
import { caseOf, headOf, headTokenOf, isClausal, type ParseTree, relationOf } from "./parse-tree.js";
import { readPredicate } from "./read-predicate.js";

/** "on Monday" is one hop under its verb; "the base on Monday" two; deeper belongs to another phrase. Three
 * ("among worshippers during prayers on Monday") dated the seed's February strikes by another phrase's month
 * and changed what they answer (session 25). */
const MAX_HOPS = 2;
const NOT_EVENT_TIME = new Set(["since", "until", "till", "before", "after"]);

export function findAttachedDate(doc: Doc, tree: ParseTree, mention: TriggerMention): LayerSpan<"dates"> | null {
  const predicate = readPredicate(tree, mention.span);
  if (!predicate) return null;
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  const heads = new Set([predicate.token, predicate.governor].filter((t) => t >= 0));
  return (
    spansOf(doc, "dates").find(
      (d) =>
        d.start >= sentence.start &&
        d.end <= sentence.end &&
        !isReportDate(d) &&
        !isComparisonDate(tree, d) &&
        isUnder(tree, d, heads),
    ) ?? null
  );
}

/**
 * "since April", "until Friday": the bound of a period, not when an event happened. A sentence the syntax
 * stage left unparsed is read by the word before the date.
 */
export function isPeriodBound(tree: ParseTree, span: { start: number; end: number }): boolean {
  const token = headTokenOf(tree, span);
  if (token >= 0) return NOT_EVENT_TIME.has(caseOf(tree, token) ?? "");
  const before = /(\w+)\s+(?:the\s+)?$/.exec(tree.doc.text.slice(Math.max(0, span.start - 16), span.start));
  return NOT_EVENT_TIME.has(before?.[1].toLowerCase() ?? "");
}

function isUnder(tree: ParseTree, span: { start: number; end: number }, heads: ReadonlySet<number>): boolean {
  let token = headTokenOf(tree, span);
  if (token < 0 || isPeriodBound(tree, span)) return false;
  for (let hops = 0; token >= 0 && hops < MAX_HOPS; hops++) {
    if (isClausal(relationOf(tree, token))) return false;
    const head = headOf(tree, token);
    if (heads.has(head)) return true;
    token = head;
  }
  return false;
}
