// "Residents of the northern city of Gao held a sit-in outside the governor's office": the clause names no
// place of its own, but its actors are the people of a town, and people act where they live unless the text
// says otherwise. Their town places the event before the report's country does (locate-in-focus-country.ts).
// Only a crowd of civilians ("residents", "villagers", "people" of X): "militants of X" or "the army of X"
// travel, and "soldiers of the 3rd Brigade" name a unit, not a town.
import type { Doc, Field, LayerSpan, PlaceSpanData, PlaceValue } from "../../doc.js";
import { spansOf } from "../../doc.js";
import type { ActorNouns } from "./actor-nouns.js";
import type { TriggerMention } from "./find-triggers.js";
import { isOtherClausePlace } from "./is-other-clause-place.js";
import { caseOf, headOf, headTokenOf, type ParseTree, readParseTree, relationOf, wordOf } from "./parse-tree.js";
import { type Predicate, readPredicate } from "./read-predicate.js";

/** Hops from the town up to the crowd's noun: "residents of [the city of] Gao". */
const MAX_OF_HOPS = 2;
/** Place labels a residence can be: a town or a province, not a country ("people of Mali" is everyone). */
const RESIDENCE_LABELS = new Set(["TOWN", "ADMIN1"]);

export function locateAtResidence(doc: Doc, mentions: TriggerMention[], nouns: ActorNouns): Field<PlaceValue> | null {
  const tree = readParseTree(doc);
  for (const mention of mentions) {
    const predicate = readPredicate(tree, mention.span);
    if (!predicate) continue;
    const sentence = spansOf(doc, "sentences")[mention.sentence];
    const home = spansOf(doc, "places").find(
      (p) =>
        RESIDENCE_LABELS.has(p.label) &&
        p.start >= sentence.start &&
        p.end <= sentence.end &&
        isCrowdHome(tree, predicate, headTokenOf(tree, p), nouns),
    );
    if (home) return { value: placeValue(home), evidence: [home], stated: true };
  }
  return null;
}

/** The place hangs by "of" under the predicate's agent, and the agent is a crowd of civilians. */
function isCrowdHome(tree: ParseTree, predicate: Predicate, token: number, nouns: ActorNouns): boolean {
  for (let hops = 0; token >= 0 && hops < MAX_OF_HOPS; hops++) {
    if (relationOf(tree, token) !== "nmod" || caseOf(tree, token)?.toLowerCase() !== "of") return false;
    token = headOf(tree, token);
    const isCrowd = nouns.kinds.get(wordOf(tree, token).toLowerCase()) === "civilians";
    if (isCrowd && isAgent(tree, predicate, token)) return true;
    if (predicate.anchors.get(token) === "agent") return false;
  }
  return false;
}

/** The agent's head, or the noun it counts ("hundreds of residents"). */
function isAgent(tree: ParseTree, predicate: Predicate, token: number): boolean {
  if (predicate.anchors.get(token) === "agent") return true;
  const head = headOf(tree, token);
  return relationOf(tree, token) === "nmod" && head >= 0 && predicate.anchors.get(head) === "agent";
}

/** A town's or province's place value, as locate-event.ts reads one. */
export function placeValue(place: LayerSpan<"places">): PlaceValue {
  const data: Partial<PlaceSpanData> = place.data ?? {};
  return {
    country: data.country ?? null,
    iso3: data.iso3 ?? null,
    admin1: data.admin1 ?? null,
    location: data.location ?? data.country ?? null,
    latitude: data.latitude ?? null,
    longitude: data.longitude ?? null,
    precision: place.label === "TOWN" ? (data.precision === 2 ? 2 : 1) : 3,
  };
}

/**
 * "Residents of Kaya marched to demand the reopening of the road to Dori": a town named only in a clause hung
 * on the protest ("to demand ...") says what it is about; the crowd's own town says where it was.
 */
export function isOnlyInOtherClause(doc: Doc, mentions: TriggerMention[], place: Field<PlaceValue>): boolean {
  const tree = readParseTree(doc);
  return mentions.every((mention) => {
    const predicate = readPredicate(tree, mention.span);
    return predicate !== null && place.evidence.every((span) => isOtherClausePlace(tree, predicate, span));
  });
}
