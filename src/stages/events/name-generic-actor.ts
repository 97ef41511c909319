// ACLED's name for an actor the report describes but does not name ("gunmen" -> "Unidentified Armed
// Group (Mali)", "Malian soldiers" -> "Military Forces of Mali"), from lexicon/actors/generic-actors.tsv.
import type { ActorValue } from "../../doc.js";
import { readLexiconTable } from "../../lexicon.js";
import type { ActorKind } from "./actor-nouns.js";

type Naming = {
  withCountry: string;
  withCountryInter: number;
  withoutCountry: string;
  withoutCountryInter: number;
  /** Countries that have no force of this kind (no-own-forces.tsv): a force there is named without one. */
  noOwnForceIn: ReadonlySet<string>;
};
export type GenericActorNames = ReadonlyMap<ActorKind, Naming>;
export type Country = { name: string; iso3: string };

export function loadGenericActorNames(): GenericActorNames {
  const absent = readLexiconTable("actors/no-own-forces.tsv");
  const noOwnForceIn = (kind: string) => new Set(absent.filter((row) => row.kind === kind).map((row) => row.iso3));
  return new Map(
    readLexiconTable("actors/generic-actors.tsv").map((row) => [
      row.kind as ActorKind,
      {
        withCountry: row.with_country,
        withCountryInter: Number(row.with_country_inter),
        withoutCountry: row.without_country,
        withoutCountryInter: Number(row.without_country_inter),
        noOwnForceIn: noOwnForceIn(row.kind),
      },
    ]),
  );
}

export function nameGenericActor(names: GenericActorNames, kind: ActorKind, country: Country | null): ActorValue {
  const naming = names.get(kind);
  if (!naming) throw new Error(`lexicon/actors/generic-actors.tsv has no row for "${kind}"`);
  if (!country || naming.noOwnForceIn.has(country.iso3))
    return { name: naming.withoutCountry, inter: naming.withoutCountryInter };
  const name = naming.withCountry
    .replace("{the country}", withArticle(country.name))
    .replace("{country}", country.name);
  return { name, inter: naming.withCountryInter, country: country.iso3 };
}

/** ACLED writes "Military Forces of the United States", "of the Philippines": plural and "United ..." names take "the". */
export function withArticle(country: string): string {
  return /^(United|Democratic|Central African|Dominican|Czech|Netherlands|Philippines|Gambia|Bahamas|Comoros|Maldives|Marshall|Solomon)/.test(
    country,
  )
    ? `the ${country}`
    : country;
}
