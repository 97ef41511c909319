// Who the dead or wounded of the incident's own casualty counts were, when they were not civilians:
// "killing five soldiers", "seven militants were killed". ACLED's actor 2 is the side that suffered the
// violence, so the counted noun (the one the count's number modifies in the parse) names it, read by its
// head noun (lexicon/actors/actor-nouns.tsv) into a generic actor like a parsed patient
// (find-parsed-actor.ts). Civilians are find-civilian-target.ts's.
import { type ActorValue, type Doc, type Field, type Span, spansOf } from "../../doc.js";
import { actorKindOf, countryModifierOf } from "./actor-nouns.js";
import { actorValue } from "./assign-actors.js";
import type { ActorCountries, ActorNounLexicons } from "./find-parsed-actor.js";
import { nameGenericActor } from "./name-generic-actor.js";
import { countedNounsOf, readParseTree } from "./parse-tree.js";

const CASUALTY_LABELS = new Set(["KILLED", "INJURED"]);

export function findCountedVictims(
  doc: Doc,
  sentenceIndexes: Iterable<number>,
  countries: ActorCountries,
  lexicons: ActorNounLexicons,
  actor1: string | null = null,
): Field<ActorValue> | null {
  const sentences = spansOf(doc, "sentences");
  const tree = readParseTree(doc);
  const counts = spansOf(doc, "numbers").filter((n) => CASUALTY_LABELS.has(n.label));
  for (const i of sentenceIndexes) {
    const { start, end } = sentences[i];
    for (const count of counts.filter((n) => n.start >= start && n.end <= end)) {
      for (const noun of countedNounsOf(tree, count)) {
        const kind = actorKindOf(tree, noun, lexicons.actorNouns);
        if (!kind || kind === "civilians") continue;
        const named = namedGroupOf(doc, tree.tokens[noun]);
        if (named) return named;
        const owner = countryModifierOf(doc, tree, noun);
        const group =
          kind === "armed group" && !owner ? soleGroupOf(doc, sentences[i], tree.tokens[noun], actor1) : null;
        if (group) return group;
        const country = owner ?? countries.place ?? countries.report;
        const token = tree.tokens[noun];
        const from = owner && owner.evidence.end <= token.start ? owner.evidence.start : token.start;
        const span: Span = { start: from, end: token.end, label: "ACTOR", by: "events/counted-victims" };
        const isStated = owner !== null || countries.place !== null || countries.report === null;
        return { value: nameGenericActor(lexicons.genericActors, kind, country), evidence: [span], stated: isStated };
      }
    }
  }
  return null;
}

/**
 * "killed two Hamas militants", "five al Shabaab fighters died": a named group right before the counted noun
 * is the side that lost them, whatever generic name the noun alone would give.
 */
function namedGroupOf(doc: Doc, noun: Span): Field<ActorValue> | null {
  const entity = spansOf(doc, "entities").find(
    (e) => e.label === "ACTOR" && e.end < noun.start && /^\s+$/.test(doc.text.slice(e.end, noun.start)),
  );
  if (!entity) return null;
  const span: Span = { start: entity.start, end: noun.end, label: "ACTOR", by: "events/counted-victims" };
  return { value: actorValue(entity, false), evidence: [span], stated: true };
}

/** ACLED's codes of groups that are not a state's: rebels, political and identity militias. */
const NON_STATE_INTER = new Set([2, 3, 4]);

/**
 * "a bomb hit a patrol of the Syrian Democratic Forces, killing two fighters": fighters no name or country
 * owns are those of the one armed group other than the attacker that their sentence names.
 */
function soleGroupOf(doc: Doc, sentence: Span, noun: Span, actor1: string | null): Field<ActorValue> | null {
  const groups = spansOf(doc, "entities").filter(
    (e) =>
      e.label === "ACTOR" &&
      e.start >= sentence.start &&
      e.end <= sentence.end &&
      NON_STATE_INTER.has(Number(e.data?.inter)) &&
      actorValue(e, false).name !== actor1,
  );
  const names = new Set(groups.map((e) => actorValue(e, false).name));
  if (names.size !== 1) return null;
  const span: Span = { start: noun.start, end: noun.end, label: "ACTOR", by: "events/counted-victims" };
  return { value: actorValue(groups[0], false), evidence: [groups[0], span], stated: true };
}
