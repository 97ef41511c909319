// "a driver died and four others were hurt", "the villagers were shot dead by soldiers": the civilians
// the parse makes the patient of each of an incident's triggers. They are evidence of the incident's
// civilian actor 2 beside the counted and cued ones (find-civilian-target.ts), so that the record shows the
// words naming who was hit by each of its mentions, not only by the first.
import { type Doc, type Span, spansOf } from "../../doc.js";
import { type ActorNouns, actorKindOf } from "./actor-nouns.js";
import type { TriggerMention } from "./find-triggers.js";
import { type ParseTree, readParseTree } from "./parse-tree.js";
import { readPredicate } from "./read-predicate.js";

export function findParsedVictims(doc: Doc, mentions: readonly TriggerMention[], nouns: ActorNouns): Span[] {
  const tree = readParseTree(doc);
  const spans: Span[] = [];
  for (const mention of mentions) {
    const predicate = readPredicate(tree, mention.span);
    for (const [token, role] of predicate?.anchors ?? []) {
      if (role !== "patient" || !(actorKindOf(tree, token, nouns) === "civilians" || isPeopleNoun(doc, tree, token)))
        continue;
      const { start, end } = tree.tokens[token];
      spans.push({ start, end, label: "ACTOR", by: "events/parsed-victims" });
    }
  }
  return spans;
}

// "shot dead a 17-year-old Palestinian", "killed two Afghans": a people's name as the head of the phrase
// is a person or persons of that people, civilians unless the text says otherwise.
const PEOPLE_LABELS = new Set(["NORP"]);

function isPeopleNoun(doc: Doc, tree: ParseTree, token: number): boolean {
  const { start, end } = tree.tokens[token];
  return spansOf(doc, "entities").some((e) => PEOPLE_LABELS.has(e.label) && e.start === start && e.end === end);
}
