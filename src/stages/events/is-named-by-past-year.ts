// "the 1992 riots", "the 2015 bombing of the station", "since the 1994 genocide": an event noun that carries its
// own year, long before the report, names a past event the way history does; it is no incident the report
// brings. Unlike is-long-past.ts (the nearest date in the sentence, asked only in reports with no conflict
// evidence), the date here is the noun's own dependent in the parse, so the reading holds in any report: a
// conflict report's "the 2014 offensive" is its background too. Verbs are left alone ("rebels captured the
// town in 2003" may be the report's own incident retold with its date).
import { type Doc, spansOf } from "../../doc.js";
import { overlapsAny } from "../../text/span-overlap.js";
import type { TriggerMention } from "./find-triggers.js";
import { endedLongBefore } from "./is-long-past.js";
import { childrenOf, headTokenOf, type ParseTree, uposOf } from "./parse-tree.js";
import type { EventsSettings } from "./settings.js";

export function isNamedByPastYear(
  doc: Doc,
  tree: ParseTree,
  mention: TriggerMention,
  settings: EventsSettings,
): boolean {
  const published = Date.parse(doc.meta.published?.slice(0, 10) ?? "");
  if (Number.isNaN(published)) return false;
  const noun = headTokenOf(tree, mention.span);
  if (noun < 0 || !/^(?:NOUN|PROPN)$/.test(uposOf(tree, noun))) return false;
  const pastDates = spansOf(doc, "dates").filter(
    (d) => d.data?.stated && endedLongBefore(published, d.data?.end, settings),
  );
  return childrenOf(tree, noun).some((c) => overlapsAny(pastDates, tree.tokens[c]));
}
