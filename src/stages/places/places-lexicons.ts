// Everything the places stage reads from disk besides the gazetteer (which carries the small place lists),
// loaded once per stage (createPlacesStage, on its first document) and passed down: the ordinary words and
// given names, the local and municipal institution words (lexicon/places/local-institutions.tsv,
// municipal-institutions.tsv), the street words (street-words.tsv), the division words (division-words.tsv), the direction-word region names
// (direction-region-names.tsv), country names and demonyms, and the demonyms of other places
// (lexicon/places/demonyms.tsv), and each country's continent (world-countries' region). Tests load one per
// process (src/testing/test-resources.ts).
import { createRequire } from "node:module";
import { loadCountries } from "../../countries.js";
import { phraseAlternation, readLexiconTable } from "../../lexicon.js";
import { foldAlias } from "../../text/fold-alias.js";
import type { PlaceRole } from "./make-place-span.js";
import { type AppositiveFrame, loadAppositiveFrame } from "./read-appositive-frame.js";
import { loadWordLists, type WordLists } from "./word-lists.js";

export type InstitutionPatterns = { government: RegExp; namedFor: RegExp };
export type Demonym = { place: string; role: PlaceRole };
export type DemonymTable = { byForm: Map<string, Demonym>; pattern: RegExp };

export type PlacesLexicons = {
  words: WordLists;
  institutions: InstitutionPatterns;
  /** Words after a name that make it a town with its own local government ("Berea police"). */
  municipal: RegExp;
  /** Words after a name that make it a street or square named for a place ("Oxford Street"; street-words.tsv). */
  streetWords: RegExp;
  /** Words after a name that make it a river named like a town ("the Dnipro river"; water-words.tsv). */
  waterWords: RegExp;
  /** Folded country name or demonym ("Syria", "Syrian") -> ISO3. */
  countryNames: ReadonlyMap<string, string>;
  /** A country's demonym and its plural ("Kenyan", "Kenyans") -> ISO3. */
  countryDemonyms: ReadonlyMap<string, string>;
  /** Those whose form is another's plural ("Kenyans"), in the same order: made once, read for every report. */
  pluralDemonyms: ReadonlyMap<string, string>;
  placeDemonyms: DemonymTable;
  /** ISO2 -> continent, as world-countries names its regions ("Africa", "Americas", "Asia", "Europe", "Oceania"). */
  continents: ReadonlyMap<string, string>;
  /** Division words ("region", "district") by lower-cased word -> the level they name (division-words.tsv). */
  divisionWords: ReadonlyMap<string, DivisionLevel>;
  /** Folded region names that are plain direction words ("East", "Centre"; direction-region-names.tsv). */
  directionRegionNames: ReadonlySet<string>;
  /** "the southern port city of" before a name (settlement-words.txt; read-appositive-frame.ts). */
  appositive: AppositiveFrame;
};

export type DivisionLevel = "admin1" | "admin2";

export function loadPlacesLexicons(): PlacesLexicons {
  const institutions = readLexiconTable("places/local-institutions.tsv");
  const phrasesOf = (kind: string) => institutions.filter((r) => r.kind === kind).map((r) => r.phrase);
  const countryDemonyms = readCountryDemonyms();
  return {
    words: loadWordLists(),
    institutions: {
      government: compileWordsAfterName(phrasesOf("government")),
      namedFor: compileWordsAfterName(phrasesOf("named-for")),
    },
    municipal: compileWordsAfterName(readLexiconTable("places/municipal-institutions.tsv").map((r) => r.phrase)),
    streetWords: compileWordsAfterName(readLexiconTable("places/street-words.tsv").map((r) => r.word)),
    waterWords: compileWordsAfterName(readLexiconTable("places/water-words.tsv").map((r) => r.word)),
    countryNames: new Map(
      loadCountries().flatMap((c) =>
        [...c.names, ...c.demonyms].map((n) => [foldAlias(n), c.iso3] as [string, string]),
      ),
    ),
    countryDemonyms,
    pluralDemonyms: new Map(
      [...countryDemonyms].filter(([d]) => d.endsWith("s") && countryDemonyms.has(d.slice(0, -1))),
    ),
    placeDemonyms: readDemonymTable(),
    continents: readContinents(),
    divisionWords: readDivisionWords(),
    directionRegionNames: new Set(readLexiconTable("places/direction-region-names.tsv").map((r) => foldAlias(r.name))),
    appositive: loadAppositiveFrame(),
  };
}

/** A test for text right after a name: one of the phrases, as whole words ("Police" but not "Policeman"). */
function compileWordsAfterName(phrases: readonly string[]): RegExp {
  return new RegExp(`^\\s+(?:${phraseAlternation(phrases)})(?![\\p{L}])`, "u");
}

/** "Kenyan", "Americans" -> a country. A demonym several countries share goes to the largest ("American": not the Northern Mariana Islands). */
function readCountryDemonyms(): Map<string, string> {
  const bySize = [...loadCountries()].sort((a, b) => a.area - b.area);
  return new Map(
    bySize.flatMap((c) =>
      c.demonyms.flatMap((d) => [[d, c.iso3] as [string, string], [`${d}s`, c.iso3] as [string, string]]),
    ),
  );
}

function readDivisionWords(): Map<string, DivisionLevel> {
  const words = new Map<string, DivisionLevel>();
  for (const { word, level } of readLexiconTable("places/division-words.tsv")) {
    if (level !== "admin1" && level !== "admin2") throw new Error(`division-words.tsv: unknown level "${level}"`);
    words.set(word.toLowerCase(), level);
  }
  return words;
}

function readContinents(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const raw = require("world-countries") as { cca2: string; region: string }[];
  return new Map(raw.filter((c) => c.region).map((c) => [c.cca2, c.region]));
}

function readDemonymTable(): DemonymTable {
  const byForm = new Map<string, Demonym>();
  for (const row of readLexiconTable("places/demonyms.tsv")) {
    for (const form of row.forms.split("|"))
      byForm.set(form, { place: row.place, role: row.label === "IN_NAME" ? "in-name" : "adjectival" });
  }
  // Whole words only: "European" but not "Europeanised"; "EU" but not "EUR".
  return { byForm, pattern: new RegExp(`(?<![\\p{L}-])(?:${phraseAlternation(byForm.keys())})(?![\\p{L}])`, "gu") };
}
