// "the 1992 riots", "the 2015 bombing of the station", "since the 1994 genocide": an event noun that carries its
// own year, long before the report, names a past event the way history does; it is no incident the report
// brings. Unlike is-long-past.ts (the nearest date in the sentence, asked only in reports with no conflict
// evidence), the date here is the noun's own dependent in the parse, so the reading holds in any report: a
// conflict report's "the 2014 offensive" is its background too. Verbs are left alone ("rebels captured the
// town in 2003" may be the report's own incident retold with its date). A page without its publication date
// is measured from the latest date it states (reportDay). Applying that fallback to is-history-incident.ts
// too cost event-records check F1 0.012 (tune +0.008): a history article's gold codes its recalled events.
import { type Doc, spansOf } from "../../doc.js";
import { overlapsAny } from "../../text/span-overlap.js";
import type { TriggerMention } from "./find-triggers.js";
import { endedLongBefore, reportDay } from "./is-long-past.js";
import { childrenOf, headTokenOf, type ParseTree, uposOf } from "./parse-tree.js";
import type { EventsSettings } from "./settings.js";

export function isNamedByPastYear(
  doc: Doc,
  tree: ParseTree,
  mention: TriggerMention,
  settings: EventsSettings,
): boolean {
  const published = reportDay(doc);
  if (Number.isNaN(published)) return false;
  const noun = headTokenOf(tree, mention.span);
  if (noun < 0 || !/^(?:NOUN|PROPN)$/.test(uposOf(tree, noun))) return false;
  const pastDates = spansOf(doc, "dates").filter(
    (d) => d.data?.stated && endedLongBefore(published, d.data?.end, settings),
  );
  return childrenOf(tree, noun).some((c) => overlapsAny(pastDates, tree.tokens[c]));
}
