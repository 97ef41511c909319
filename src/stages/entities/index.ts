// Entities: known actors (lexicon/actors), countries and nationalities. Longest match wins, so
// "Iraqi military" is one actor, not a nationality plus a noun.

import { type Doc, type LayerSpan, type Range, spansOf, withLayer } from "../../doc.js";
import type { Stage } from "../../stage.js";
import type { Gazetteer } from "../../text/gazetteer/gazetteer.js";
import { removeOverlaps } from "../../text/remove-overlaps.js";
import { attachPersonRoles } from "./attach-person-roles.js";
import { type AliasWords, splitAliasWords } from "./build-alias-matcher.js";
import { type EntityLexicons, loadEntityLexicons } from "./entity-lexicons.js";
import { findActorDescriptions, findSourceDescriptions } from "./find-actor-descriptions.js";
import { findLeaders } from "./find-leaders.js";
import { findNames } from "./find-names.js";
import { freeCountrySurnames } from "./free-country-surnames.js";
import { joinCountryNames } from "./join-country-names.js";
import { joinInstitutionNames } from "./join-institution-names.js";
import { markActorCandidates } from "./mark-actor-candidates.js";
import { ENTITIES_SETTINGS, type EntitiesSettings } from "./settings.js";

/**
 * Known actors, countries and nationalities; the other names (PERSON with role, ORG, LOC, MISC) around
 * them; and descriptions that are not names (ACTOR_DESCRIPTION, SOURCE_DESCRIPTION), which may overlap.
 */
export function findEntities(
  text: string,
  sentences: readonly Range[],
  lexicons: EntityLexicons,
  settings: EntitiesSettings = ENTITIES_SETTINGS,
): LayerSpan<"entities">[] {
  const known = findKnownEntities(text, lexicons);
  const named = joinCountryNames(
    text,
    known,
    joinInstitutionNames(text, known, findNames(text, sentences, known, settings, lexicons), lexicons.names),
    lexicons.names,
  );
  const names = markActorCandidates(text, attachPersonRoles(text, named, settings, lexicons.names));
  const descriptions = [
    ...findActorDescriptions(text, known, lexicons.descriptions),
    ...findSourceDescriptions(text, lexicons.descriptions),
  ];
  return [...known, ...names, ...descriptions].sort((a, b) => a.start - b.start);
}

/** Lexicon actors, countries and nationalities, and leaders standing for their governments; longest wins. */
function findKnownEntities(text: string, lexicons: EntityLexicons): LayerSpan<"entities">[] {
  const words = splitAliasWords(text); // read by the actors' matcher and, possessives blanked, the leaders'
  return removeOverlaps([
    ...freeCountrySurnames(text, findLexiconEntities(text, lexicons, words), lexicons.names),
    ...findLeaders(text, lexicons.leaders, lexicons.names, words),
  ]);
}

function findLexiconEntities(text: string, lexicons: EntityLexicons, words: AliasWords): LayerSpan<"entities">[] {
  return lexicons.actors.find(text, words).map(({ start, end, entry }) => ({
    start,
    end,
    label: entry.label,
    by: entry.label === "ACTOR" ? "entities/actor-lexicon" : "entities/world-countries",
    data: { name: entry.name, iso3: entry.iso3, inter: entry.inter },
  }));
}

/** `gazetteer`: one per process (loadResources(); STAGES shares the one pipeline.ts opens). Its lexicons and the
 * known names built from the gazetteer are read on the stage's first document, once per stage. */
export function createEntitiesStage(gazetteer: Gazetteer, settings: EntitiesSettings = ENTITIES_SETTINGS): Stage {
  let lexicons: EntityLexicons | undefined;
  return {
    name: "entities",
    needs: ["sentences"],
    makes: ["entities"],
    run: (doc: Doc) => {
      lexicons ??= loadEntityLexicons(gazetteer);
      return withLayer(doc, "entities", findEntities(doc.text, spansOf(doc, "sentences"), lexicons, settings));
    },
  };
}
