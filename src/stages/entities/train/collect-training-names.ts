// Labelled names for the name classifier, all from licensed lists already in the repository (distant
// supervision: a list's kind is the label). Never CoNLL, which is only where the entities stage is scored.
//   PERSON  lexicon/names/phoenix-people.tsv (Phoenix dictionaries, MIT): each surname, since a lone
//           name in text is most often a surname ("Muralitharan", "Yeltsin").
//   ORG     lexicon/names/phoenix-organizations.tsv (Phoenix, MIT) and lexicon/names/companies.txt
//           (@cspell/dict-companies, MIT).
//   LOC     GeoNames cities-500 (CC BY 4.0, the places gazetteer) towns of 5,000+ people, world-countries
//           (ODbL) country names, lexicon/names/regions.tsv (MIT).
//   MISC    world-countries demonyms and language names, lexicon/names/group-words.txt (MIT).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { readLexiconLines, readLexiconTable } from "../../../lexicon.js";
import { gazetteerFile } from "../../../text/gazetteer/gazetteer.js";
import { isTitleWord, loadNameLexicons } from "../name-lexicons.js";

export type NameClass = "PERSON" | "ORG" | "LOC" | "MISC";
export type LabelledName = { name: string; label: NameClass };

// Small towns share their names with too many surnames and words; above this a name is mostly a place's.
const MIN_TOWN_POPULATION = 5000;

export function collectTrainingNames(): LabelledName[] {
  const byLabel: Record<NameClass, Set<string>> = {
    PERSON: collectPeople(),
    ORG: collectOrganisations(),
    LOC: collectPlaces(),
    MISC: collectGroups(),
  };
  const out: LabelledName[] = [];
  for (const label of Object.keys(byLabel) as NameClass[]) {
    // One word only: the classifier reads lone words; "United Nations" teaches it nothing about "Magna".
    for (const name of [...byLabel[label]].sort()) if (!/\s/.test(name)) out.push({ name, label });
  }
  return out;
}

function collectPeople(): Set<string> {
  const lex = loadNameLexicons();
  const names = new Set<string>();
  for (const row of readLexiconTable("names/phoenix-people.tsv")) {
    const words = row.name.split(" ").filter((w) => !isTitleWord(w, lex));
    if (words.length === 0) continue;
    const surname = words[words.length - 1];
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(surname) && !lex.firstNames.has(surname)) names.add(surname);
  }
  return names;
}

function collectOrganisations(): Set<string> {
  const names = new Set(readLexiconTable("names/phoenix-organizations.tsv").map((r) => r.name));
  for (const line of readLexiconLines("names/companies.txt")) names.add(line.trim());
  return names;
}

function collectPlaces(): Set<string> {
  const names = new Set<string>();
  for (const line of readFileSync(gazetteerFile(), "utf8").split("\n")) {
    const cells = line.split("\t");
    if (Number(cells[14]) >= MIN_TOWN_POPULATION) names.add(cells[2]);
  }
  for (const country of loadCountries()) names.add(country.name.common);
  for (const row of readLexiconTable("names/regions.tsv")) names.add(row.name);
  return names;
}

function collectGroups(): Set<string> {
  const names = new Set(readLexiconLines("names/group-words.txt").map((l) => l.trim()));
  for (const country of loadCountries()) {
    const eng = country.demonyms?.eng;
    if (eng) names.add(eng.m).add(eng.f);
    for (const language of Object.values(country.languages ?? {})) names.add(language);
  }
  return names;
}

type Country = {
  name: { common: string };
  demonyms?: { eng?: { m: string; f: string } };
  languages?: Record<string, string>;
};

function loadCountries(): Country[] {
  return createRequire(import.meta.url)("world-countries") as Country[];
}
