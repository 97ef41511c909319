// Civilians as the target: named right after a target cue ("opened fire on villagers") or as the ones a
// casualty count is about ("two civilians were killed", or in the parse the noun a count's number
// modifies: "killing nine people"). ACLED then codes actor 2 as "Civilians (<country>)", inter 7, and
// marks the event as civilian targeting.
import { type ActorValue, type Doc, type Field, type LayerSpan, type Span, spansOf } from "../../doc.js";
import type { ActorNouns } from "./actor-nouns.js";
import type { CivilianPatterns, EventLexicons } from "./event-lexicons.js";
import { findCountedPeople } from "./find-counted-people.js";
import { clauseOf } from "./find-in-clause.js";
import { findParsedVictims } from "./find-parsed-victims.js";
import type { TriggerMention } from "./find-triggers.js";
import { countedNounsOf, type ParseTree, readParseTree, wordOf } from "./parse-tree.js";
import type { EventsSettings } from "./settings.js";
import { widenToCount } from "./widen-to-count.js";

export function findCivilianTarget(
  doc: Doc,
  mentions: TriggerMention[],
  all: TriggerMention[],
  sentences: Iterable<number>,
  countryName: string | null,
  iso3: string | null,
  lexicons: EventLexicons,
  settings: EventsSettings,
): Field<ActorValue> | null {
  // Every mention's target and every count's civilians are evidence: "one villager died and four others were
  // hurt" names the civilians of one incident twice.
  const cued = afterCue(doc, mentions, all, lexicons.civilian, settings);
  const counted = inCasualtyCount(doc, sentences, lexicons);
  const parsed = findParsedVictims(doc, mentions, lexicons.actorNouns);
  const tree = readParseTree(doc);
  const found = [...cued, ...counted, ...parsed]
    .map((s) => widenToCount(tree, s))
    .filter((c, i, all) => all.findIndex((s) => s.start === c.start) === i);
  // The people hit first, a place they were hit in ("a market") after them.
  const isPerson = (s: Span) => !lexicons.civilian.place.test(doc.text.slice(s.start, s.end));
  const spans = [...found.filter(isPerson), ...found.filter((s) => !isPerson(s))];
  if (spans.length === 0) return null;
  // "... and injuring 30 others": the incident's counts that name no other kind count more of its civilians.
  spans.push(...findCountedPeople(doc, sentences, lexicons.actorNouns, spans));
  const name = countryName ? `Civilians (${countryName})` : "Civilians";
  return { value: { name, inter: 7, ...(iso3 ? { country: iso3 } : {}) }, evidence: spans, stated: true };
}

function afterCue(
  doc: Doc,
  mentions: TriggerMention[],
  all: TriggerMention[],
  patterns: CivilianPatterns,
  settings: EventsSettings,
): Span[] {
  const spans: Span[] = [];
  for (const mention of mentions) {
    // Some triggers carry their target ("opened fire on villagers").
    const inside = patterns.inCount.exec(doc.text.slice(mention.span.start, mention.span.end));
    if (inside?.groups?.noun) {
      spans.push(nounSpan(mention.span.start + inside.index, inside.groups.noun));
      continue;
    }
    const { end } = clauseOf(doc, mention, all, settings);
    const match = patterns.afterCue.exec(doc.text.slice(mention.span.end, end));
    if (match?.groups?.noun)
      spans.push(nounSpan(mention.span.end + match.index + match[0].lastIndexOf(match.groups.noun), match.groups.noun));
  }
  return spans;
}

function inCasualtyCount(doc: Doc, sentenceIndexes: Iterable<number>, lexicons: EventLexicons): Span[] {
  const sentences = spansOf(doc, "sentences");
  const tree = readParseTree(doc);
  const spans: Span[] = [];
  for (const i of sentenceIndexes) {
    const counts = spansOf(doc, "numbers").filter(
      (n) =>
        (n.label === "KILLED" || n.label === "INJURED") && n.start >= sentences[i].start && n.end <= sentences[i].end,
    );
    for (const count of counts) {
      const match = lexicons.civilian.inCount.exec(doc.text.slice(count.start, count.end));
      const counted = match?.groups?.noun
        ? nounSpan(count.start + match.index, match.groups.noun)
        : countedCivilians(tree, count, lexicons.actorNouns);
      if (counted) spans.push(counted);
    }
  }
  return spans;
}

/** "killing nine people": the noun the count's number modifies in the parse, when it names civilians. */
function countedCivilians(tree: ParseTree, count: LayerSpan<"numbers">, nouns: ActorNouns): Span | null {
  const noun = countedNounsOf(tree, count).find((n) => nouns.kinds.get(wordOf(tree, n)) === "civilians");
  if (noun === undefined) return null;
  const { start, end } = tree.tokens[noun];
  return { start, end, label: "ACTOR", by: "events/civilian-target" };
}

function nounSpan(start: number, noun: string): Span {
  return { start, end: start + noun.length, label: "ACTOR", by: "events/civilian-target" };
}
