// Which earlier name a referring phrase stands for (resolve-actor-reference.ts): the nearest that agrees in
// number and kind, searched from the phrase's own sentence back over settings.referenceAntecedentSentences;
// within a sentence a subject first, then the latest. A name inside a direct quote does not stand for a
// phrase outside it, and a nearer actor described but not named ("residents said they") blocks any name.
import { type Doc, type LayerSpan, type Span, spansOf } from "../../doc.js";
import type { ActorNouns } from "./actor-nouns.js";
import { actorValue } from "./assign-actors.js";
import { isArmedGroup } from "./find-commanded-group.js";
import { headTokenOf, type ParseTree, relationOf, uposOf, wordOf } from "./parse-tree.js";
import {
  type ReferenceKind,
  type ReferringNouns,
  type ReferringPhrase,
  readReferringPhrase,
} from "./read-referring-phrase.js";
import { isPerson } from "./resolve-leader-actor.js";
import { sentenceHolding } from "./sentence-of.js";
import type { EventsSettings } from "./settings.js";

export type ReferenceLexicons = { referringNouns: ReferringNouns; actorNouns: ActorNouns };
type Entity = LayerSpan<"entities">;
/** The name a phrase stands for, and the descriptions it was handed on through ("the organisation"). */
export type Antecedent = { name: Entity; via: Span[] };

// ACLED's name of a state's military ("Military Forces of Mali"), as actorValue makes it.
const MILITARY_FORCES = "Military Forces of ";

// Plurals without an "-s": "people said they", "police said they".
const PLURAL_WORDS = new Set(["people", "police", "personnel", "staff"]);

/** The nearest earlier name that agrees, from the phrase's sentence back: a subject first, then the latest. */
export function findAntecedent(
  doc: Doc,
  tree: ParseTree,
  phrase: ReferringPhrase,
  lexicons: ReferenceLexicons,
  settings: EventsSettings,
): Antecedent | null {
  const sentences = spansOf(doc, "sentences");
  const here = sentences.findIndex((s) => s.start <= phrase.span.start && phrase.span.start < s.end);
  const quotes = spansOf(doc, "quotes").filter((q) => q.data?.kind === "direct");
  const isQuotedElsewhere = (e: Span) =>
    quotes.some(
      (q) => q.start <= e.start && e.end <= q.end && !(q.start <= phrase.span.start && phrase.span.end <= q.end),
    );
  const entities = spansOf(doc, "entities");
  // "Residents said they were attacked": a nearer actor described, not named, that agrees is what the
  // pronoun stands for: no name before it may be taken instead.
  const blocker = isPronoun(phrase.kind) ? lastDescribedActor(doc, tree, sentences[here], phrase, lexicons) : -1;
  if (blocker >= 0) {
    // "the organisation ... before it launched": a description that itself points back hands the pronoun on.
    const description = readReferringPhrase(doc, tree, blocker, lexicons.referringNouns, lexicons.actorNouns);
    const chained =
      description && !isPronoun(description.kind) ? findAntecedent(doc, tree, description, lexicons, settings) : null;
    if (description && chained && agrees(doc, tree, chained.name, phrase.kind))
      return { name: chained.name, via: [description.span, ...chained.via] };
  }
  const from = blocker >= 0 ? tree.tokens[blocker].start : null;
  for (let s = here; s >= 0 && s >= here - settings.referenceAntecedentSentences; s--) {
    if (from !== null && s < here) return null;
    const agreeing = entities.filter(
      (e) =>
        e.start >= (from ?? sentences[s].start) &&
        e.end <= phrase.span.start &&
        e.end <= sentences[s].end &&
        !isQuotedElsewhere(e) &&
        agrees(doc, tree, e, phrase.kind),
    );
    const subject = agreeing.find((e) => isSubject(tree, e));
    const name = subject ?? agreeing[agreeing.length - 1];
    if (name) return { name, via: [] };
  }
  return null;
}

/**
 * "Residents said they were attacked": the noun that describes the actor a pronoun stands for, when the
 * nearest agreeing actor before the pronoun in its sentence is described, not named; -1. Its kind is read
 * by the caller from the noun (actor-nouns.tsv), as for an actor the text describes directly. A pronoun
 * never stands for another argument of its own verb (`coArguments`: "gunmen attacked them" is not them).
 */
export function findDescribedAntecedent(
  doc: Doc,
  tree: ParseTree,
  phrase: ReferringPhrase,
  lexicons: ReferenceLexicons,
  coArguments: ReadonlySet<number>,
): number {
  if (!isPronoun(phrase.kind)) return -1;
  const sentence = sentenceHolding(doc, phrase.span);
  return sentence ? lastDescribedActor(doc, tree, sentence, phrase, lexicons, coArguments) : -1;
}

function isPronoun(kind: ReferenceKind): boolean {
  return kind === "person" || kind === "singular" || kind === "plural";
}

/**
 * The token of the last noun before the pronoun in its sentence that describes an actor (actor-nouns.tsv,
 * referring-nouns.tsv) and agrees in number ("residents" for "they", "the commander" for "he"), or -1.
 * Number is read from the word's ending: UD's tags carry no number, and "-s" / "-men" is English's plural.
 */
function lastDescribedActor(
  doc: Doc,
  tree: ParseTree,
  sentence: Span,
  phrase: ReferringPhrase,
  lexicons: ReferenceLexicons,
  skipped: ReadonlySet<number> = new Set(),
): number {
  const entities = spansOf(doc, "entities");
  let found = -1;
  tree.tokens.forEach((token, i) => {
    if (token.start < sentence.start || token.end > phrase.span.start || uposOf(tree, i) !== "NOUN") return;
    if (skipped.has(i)) return;
    const word = wordOf(tree, i);
    if (!lexicons.actorNouns.kinds.has(word) && !lexicons.referringNouns.has(word)) return;
    // A name the pronoun could stand for is found as a name; "Residents" opening a sentence, taken by the
    // recogniser for a person, is still a described crowd.
    if (entities.some((e) => e.start <= token.start && token.end <= e.end && agrees(doc, tree, e, phrase.kind))) return;
    const isPlural = PLURAL_WORDS.has(word) || word.endsWith("men") || (word.endsWith("s") && !word.endsWith("ss"));
    if (isPlural === (phrase.kind === "plural")) found = i;
  });
  return found;
}

/** Whether a name can be what a phrase of this kind stands for. */
export function agrees(doc: Doc, tree: ParseTree, e: Entity, kind: ReferenceKind): boolean {
  const inter = Number(e.data?.inter) || 0;
  const isGroup = isArmedGroup(e);
  const isActor = e.label === "ACTOR" && !isPerson(e);
  switch (kind) {
    case "person":
      return isPerson(e);
    case "singular":
      // "Russia said it carried out strikes": a state only as a subject ("in Syria ... it" is no reference).
      return (isActor && !isPluralName(doc, e)) || isGroup || (e.label === "COUNTRY" && isSubject(tree, e));
    case "plural":
      return isActor || isGroup;
    case "organisation":
      return isGroup || (isActor && inter >= 2 && inter <= 4);
    case "armed group":
      return isGroup;
    case "military":
      // "the army" is a state's military forces: not a state's police or a state-aligned militia.
      return (
        ((isActor && inter === 1) || (e.label === "COUNTRY" && isSubject(tree, e))) &&
        actorValue(e).name.startsWith(MILITARY_FORCES)
      );
  }
}

/** "the Houthis", "the Popular Resistance Brigades": a name whose last word is a plural takes "they". */
function isPluralName(doc: Doc, e: Span): boolean {
  const last = doc.text.slice(e.start, e.end).split(/\s+/).pop() ?? "";
  return last.length > 3 && last.endsWith("s") && !last.endsWith("ss");
}

function isSubject(tree: ParseTree, e: Span): boolean {
  const head = headTokenOf(tree, e);
  return head >= 0 && relationOf(tree, head).startsWith("nsubj");
}
