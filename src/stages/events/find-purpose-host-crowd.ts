// "Several hundred farmers blocked the main road into Basra to protest against water cuts": the crowd of a
// protest told as the purpose of another act is the subject of that act's verb. The parser often hangs the
// infinitive on a noun, so the host verb is read from the words: the last verb before the trigger in its
// sentence; its subject must be a crowd noun (crowd-destruction.ts's findCrowdSubject).
import { type Doc, type Span, spansOf } from "../../doc.js";
import type { ActorNouns } from "./actor-nouns.js";
import { findCrowdSubject } from "./crowd-destruction.js";
import { isPurposeTrigger } from "./locate-purpose-host.js";
import { type ParseTree, uposOf } from "./parse-tree.js";
import { sentenceHolding } from "./sentence-of.js";

/** The host act's crowd subject, as its span; undefined when the trigger is no purpose or the subject no crowd. */
export function findPurposeHostCrowd(doc: Doc, tree: ParseTree, trigger: Span, nouns: ActorNouns): Span | undefined {
  if (!isPurposeTrigger(doc, trigger)) return undefined;
  const sentence = sentenceHolding(doc, trigger);
  if (!sentence) return undefined;
  const verb = tree.tokens.findLastIndex(
    (t, i) => t.start >= sentence.start && t.end <= trigger.start && uposOf(tree, i) === "VERB",
  );
  return verb < 0 ? undefined : findCrowdSubject(tree, tree.tokens[verb], nouns);
}
