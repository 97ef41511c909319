// "tried to withdraw cash", "two players withdrew from the squad", "both governments were formed last year":
// a change to a group's activity and a non-violent transfer of territory are acts of an armed or political
// group (ACLED Codebook 2023, Strategic developments). A mention of either whose sentence, or the one before
// it (a pronoun's antecedent: "The rebels regrouped. They withdrew from the town"), names no such group is
// the word's everyday sense. A group is an actor the entities stage knows, an armed, state or non-state
// actor word (lexicon/events/context-cues.tsv), or a country or people as the verb's subject ("Japan had
// surrendered"; a country elsewhere in the sentence is often only a team's or a firm's, "withdrew from the
// Ghana squad").
import { type Doc, spansOf } from "../../doc.js";
import { hasCue } from "./classify-event.js";
import type { EventLexicons } from "./event-lexicons.js";
import type { TriggerMention } from "./find-triggers.js";
import { childrenWith, headTokenOf, type ParseTree } from "./parse-tree.js";

const GROUP_ACTS = new Set(["Change to group/activity", "Non-violent transfer of territory"]);
const GROUP_CUES = ["armed_target", "state_actor", "non_state_actor"] as const;
const NATION_LABELS = new Set(["COUNTRY", "NORP", "GPE"]);

export function isGrouplessChange(
  doc: Doc,
  tree: ParseTree,
  mention: TriggerMention,
  lexicons: EventLexicons,
): boolean {
  if (!GROUP_ACTS.has(mention.subEventType)) return false;
  const sentences = spansOf(doc, "sentences");
  const end = sentences[mention.sentence].end;
  const start = sentences[Math.max(0, mention.sentence - 1)].start;
  const isInside = (s: { start: number; end: number }) => s.start >= start && s.end <= end;
  if (spansOf(doc, "entities").some((e) => e.label === "ACTOR" && isInside(e))) return false;
  const text = doc.text.slice(start, end);
  return !GROUP_CUES.some((cue) => hasCue(text, cue, lexicons)) && !hasNationSubject(doc, tree, mention);
}

function hasNationSubject(doc: Doc, tree: ParseTree, mention: TriggerMention): boolean {
  const verb = headTokenOf(tree, mention.span);
  if (verb < 0) return false;
  const nations = spansOf(doc, "entities").filter((e) => NATION_LABELS.has(e.label));
  return childrenWith(tree, verb, ["nsubj"]).some((s) => {
    const { start, end } = tree.tokens[s];
    return nations.some((n) => n.start < end && start < n.end);
  });
}
