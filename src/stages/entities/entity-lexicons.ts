// Everything the entities stage reads from disk, loaded once per stage (createEntitiesStage, on its first
// document) and passed down: the actor and country matcher, the leaders, the description nouns, the name
// finder's word lists, the name classifier's model and the known names built from the gazetteer. Tests
// load one per process (src/testing/test-resources.ts).
import { loadCountries } from "../../countries.js";
import { readLexiconTable } from "../../lexicon.js";
import type { Gazetteer } from "../../text/gazetteer/gazetteer.js";
import { type AliasMatcher, buildAliasMatcher } from "./build-alias-matcher.js";
import { type DescriptionNouns, loadDescriptionNouns } from "./find-actor-descriptions.js";
import { type LeaderMatchers, loadLeaderMatchers } from "./find-leaders.js";
import { type KnownNames, loadKnownNames } from "./known-names.js";
import { loadNameModel, type NameModel } from "./name-classifier.js";
import { loadNameLexicons, type NameLexicons } from "./name-lexicons.js";

export type EntityEntry = { label: "ACTOR" | "COUNTRY" | "NORP"; name: string; iso3?: string; inter?: number };

export type EntityLexicons = {
  /** Known actors (lexicon/actors), countries and their nationalities. */
  actors: AliasMatcher<EntityEntry>;
  leaders: LeaderMatchers;
  descriptions: DescriptionNouns;
  names: NameLexicons;
  nameModel: NameModel;
  known: KnownNames;
};

export function loadEntityLexicons(gazetteer: Gazetteer): EntityLexicons {
  const names = loadNameLexicons();
  return {
    actors: loadActorMatcher(),
    leaders: loadLeaderMatchers(),
    descriptions: loadDescriptionNouns(),
    names,
    nameModel: loadNameModel(),
    known: loadKnownNames(gazetteer, names),
  };
}

function loadActorMatcher(): AliasMatcher<EntityEntry> {
  // The curated table first: on an alias both claim, its entry wins over the Phoenix one.
  const actors = ["actors/armed-groups.tsv", "actors/phoenix-milnonstate.tsv"].flatMap(readLexiconTable).map((row) => ({
    aliases: [row.name, ...row.aliases.split("|").filter(Boolean)],
    entry: { label: "ACTOR" as const, name: row.name, inter: Number(row.inter), iso3: row.country || undefined },
  }));
  const countries = loadCountries().map((c) => ({
    aliases: c.names,
    entry: { label: "COUNTRY" as const, name: c.name, iso3: c.iso3 },
  }));
  // Largest area first: the first entry to claim an alias keeps it, and a demonym several countries share
  // ("French", "Dutch", "Dominican") names the largest, as the places stage reads it ("French troops" are
  // France's, not the French Southern and Antarctic Lands').
  const largestFirst = [...loadCountries()].sort((a, b) => b.area - a.area);
  const nationalities = largestFirst.map((c) => ({
    aliases: c.demonyms.flatMap(withPlural),
    entry: { label: "NORP" as const, name: c.name, iso3: c.iso3 },
  }));
  // Actors first: on an identical alias the actor entry is kept.
  // "Hamas's fighters": an armed group's name before a possessive. Countries are left to the places stage
  // and findForceOwner ("Iraq's army"): read as entities there, they lowered RAMS check F1.
  return buildAliasMatcher<EntityEntry>(
    [...actors, ...countries, ...nationalities],
    (entry) => entry.label === "ACTOR",
  );
}

/** "Iraqi" -> also "Iraqis", "Libyan" -> "Libyans": the people of a country; "Swedish", "Chinese" have none. */
function withPlural(demonym: string): string[] {
  return /(?:i|an)$/.test(demonym) ? [demonym, `${demonym}s`] : [demonym];
}
