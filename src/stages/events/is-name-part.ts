// "six stages of the Lakes Rally", "the Rally for Democracy party said": a trigger word that is part of a
// name (a race, a party, a festival) tells of no event. Read from the text and the entities: the word is
// capitalised inside a sentence written in ordinary case and sits in the entity span of a person's or an
// organisation's name. A headline in title case ("Thousands Rally in Capital") or capitals says
// nothing by its case and is left alone.
import { type Doc, spansOf } from "../../doc.js";
import { overlapsAny } from "../../text/span-overlap.js";
import type { TriggerMention } from "./find-triggers.js";

// Names of a person or an organisation: "Umar Shelling", "the Lakes Rally", "the Rally for Democracy party". Not a
// name the NER leaves untagged ("the Freedom March" a crowd joins stays a march).
const NAME_LABELS = new Set(["PERSON", "ORG"]);
// A sentence with more than this share of capitalised words is a title: its case names nothing.
const TITLE_CASE_SHARE = 0.5;

export function isNamePart(doc: Doc, mention: TriggerMention): boolean {
  if (!isCapitalisedInText(doc, mention)) return false;
  return overlapsAny(
    spansOf(doc, "entities").filter((e) => NAME_LABELS.has(e.label)),
    mention.span,
  );
}

/** The trigger is capitalised inside a sentence written in ordinary case, not at its start. */
export function isCapitalisedInText(doc: Doc, mention: TriggerMention): boolean {
  const word = doc.text.slice(mention.span.start, mention.span.end);
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  const sentence = spansOf(doc, "sentences")[mention.sentence];
  return mention.span.start !== sentence.start && !isTitleCase(doc.text.slice(sentence.start, sentence.end));
}

function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'-]*/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length > 0 && capitalised / words.length > TITLE_CASE_SHARE;
}
