// Entities: known actors (lexicon/actors), countries and nationalities. Longest match wins, so
// "Iraqi military" is one actor, not a nationality plus a noun.

import { loadCountries } from "../../countries.js";
import { type Doc, type LayerSpan, type Range, spansOf, withLayer } from "../../doc.js";
import { readLexiconTable } from "../../lexicon.js";
import type { Stage } from "../../stage.js";
import type { Gazetteer } from "../../text/gazetteer/gazetteer.js";
import { removeOverlaps } from "../../text/remove-overlaps.js";
import { attachPersonRoles } from "./attach-person-roles.js";
import { type AliasMatcher, buildAliasMatcher } from "./build-alias-matcher.js";
import { findActorDescriptions, findSourceDescriptions } from "./find-actor-descriptions.js";
import { findLeaders } from "./find-leaders.js";
import { findNames } from "./find-names.js";
import { freeCountrySurnames } from "./free-country-surnames.js";
import { joinCountryNames } from "./join-country-names.js";
import { joinInstitutionNames } from "./join-institution-names.js";
import { type KnownNames, loadKnownNames } from "./known-names.js";
import { markActorCandidates } from "./mark-actor-candidates.js";
import { ENTITIES_SETTINGS, type EntitiesSettings } from "./settings.js";

export type EntityEntry = { label: "ACTOR" | "COUNTRY" | "NORP"; name: string; iso3?: string; inter?: number };

let matcher: AliasMatcher<EntityEntry> | undefined;

function loadMatcher(): AliasMatcher<EntityEntry> {
  if (matcher) return matcher;
  // The curated table first: on an alias both claim, its entry wins over the Phoenix one.
  const actors = ["actors/armed-groups.tsv", "actors/phoenix-milnonstate.tsv"].flatMap(readLexiconTable).map((row) => ({
    aliases: [row.name, ...row.aliases.split("|").filter(Boolean)],
    entry: { label: "ACTOR" as const, name: row.name, inter: Number(row.inter), iso3: row.country || undefined },
  }));
  const countries = loadCountries().flatMap((c) => [
    { aliases: c.names, entry: { label: "COUNTRY" as const, name: c.name, iso3: c.iso3 } },
    { aliases: c.demonyms.flatMap(withPlural), entry: { label: "NORP" as const, name: c.name, iso3: c.iso3 } },
  ]);
  // Actors first: on an identical alias the actor entry is kept.
  matcher = buildAliasMatcher<EntityEntry>([...actors, ...countries]);
  return matcher;
}

/** "Iraqi" -> also "Iraqis", "Libyan" -> "Libyans": the people of a country; "Swedish", "Chinese" have none. */
function withPlural(demonym: string): string[] {
  return /(?:i|an)$/.test(demonym) ? [demonym, `${demonym}s`] : [demonym];
}

/**
 * Known actors, countries and nationalities; the other names (PERSON with role, ORG, LOC, MISC) around
 * them; and descriptions that are not names (ACTOR_DESCRIPTION, SOURCE_DESCRIPTION), which may overlap.
 */
export function findEntities(
  text: string,
  sentences: readonly Range[],
  knownNames: KnownNames,
  settings: EntitiesSettings = ENTITIES_SETTINGS,
): LayerSpan<"entities">[] {
  const known = findKnownEntities(text);
  const named = joinCountryNames(
    text,
    known,
    joinInstitutionNames(text, known, findNames(text, sentences, known, settings, knownNames)),
  );
  const names = markActorCandidates(text, attachPersonRoles(text, named, settings));
  const descriptions = [...findActorDescriptions(text, known), ...findSourceDescriptions(text)];
  return [...known, ...names, ...descriptions].sort((a, b) => a.start - b.start);
}

/** Lexicon actors, countries and nationalities, and leaders standing for their governments; longest wins. */
function findKnownEntities(text: string): LayerSpan<"entities">[] {
  return removeOverlaps([...freeCountrySurnames(text, findLexiconEntities(text)), ...findLeaders(text)]);
}

function findLexiconEntities(text: string): LayerSpan<"entities">[] {
  return loadMatcher()
    .find(text)
    .map(({ start, end, entry }) => ({
      start,
      end,
      label: entry.label,
      by: entry.label === "ACTOR" ? "entities/actor-lexicon" : "entities/world-countries",
      data: { name: entry.name, iso3: entry.iso3, inter: entry.inter },
    }));
}

/** `gazetteer`: one per process (loadResources(); STAGES shares the one pipeline.ts opens). The known names
 * are built from it on the stage's first document, once per stage. */
export function createEntitiesStage(gazetteer: Gazetteer, settings: EntitiesSettings = ENTITIES_SETTINGS): Stage {
  let names: KnownNames | undefined;
  return {
    name: "entities",
    needs: ["sentences"],
    makes: ["entities"],
    run: (doc: Doc) => {
      names ??= loadKnownNames(gazetteer);
      return withLayer(doc, "entities", findEntities(doc.text, spansOf(doc, "sentences"), names, settings));
    },
  };
}
