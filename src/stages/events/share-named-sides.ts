// "Government forces and Houthi rebels clashed near Hodeidah on Thursday. Fighting resumed on Friday between
// the two sides": a battle whose sentence names its sides only as "the two sides" (lexicon/actors/
// pair-phrases.txt) is fought by the two actors of the last battle the report told before it. ACLED names
// both; the readers of the battle's own sentence find none, or only its dead ("nine fighters"). Inferred,
// not stated: the evidence is the pointing phrase and the earlier names.
import type { ActorValue, Doc, EventDraft, Field, Span } from "../../doc.js";
import { sentenceHolding } from "./sentence-of.js";

export function shareNamedSides(doc: Doc, drafts: readonly EventDraft[], pairPhrase: RegExp): EventDraft[] {
  return drafts.map((draft) => {
    if (draft.eventType.value !== "Battles" || (draft.actor1 && draft.actor2)) return draft;
    const phrase = findPairPhrase(doc, draft.trigger, pairPhrase);
    const antecedent = phrase && lastBattleBefore(drafts, phrase.start);
    if (!phrase || !antecedent?.actor1 || !antecedent.actor2) return draft;
    return { ...draft, actor1: pointedAt(antecedent.actor1, phrase), actor2: pointedAt(antecedent.actor2, phrase) };
  });
}

function findPairPhrase(doc: Doc, trigger: Span, pairPhrase: RegExp): Span | null {
  const sentence = sentenceHolding(doc, trigger);
  if (!sentence) return null;
  const match = pairPhrase.exec(doc.text.slice(sentence.start, sentence.end));
  if (!match) return null;
  const start = sentence.start + match.index;
  return { start, end: start + match[0].length, label: "ACTOR", by: "events/pair-phrase" };
}

/** The battle with both sides named whose trigger ends last before `offset`. */
function lastBattleBefore(drafts: readonly EventDraft[], offset: number): EventDraft | undefined {
  return drafts
    .filter((d) => d.eventType.value === "Battles" && d.actor1 && d.actor2 && d.trigger.end <= offset)
    .sort((a, b) => b.trigger.end - a.trigger.end)[0];
}

function pointedAt(side: Field<ActorValue>, phrase: Span): Field<ActorValue> {
  return { value: side.value, evidence: [phrase, ...side.evidence], stated: false };
}
