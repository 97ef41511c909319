// Names the report frames as a town with its own local government ("Berea police", "Dublin City
// Council"). Local news names its own town so; a foreign capital or a province of the same name is then
// the less likely reading. The words are data (lexicon/places/municipal-institutions.tsv).

/** Lower-cased names (of those given) that some occurrence in the text follows with a municipal word
 * (`pattern`: places-lexicons.ts). */
export function findMunicipalNames(
  text: string,
  names: readonly { name: string; end: number }[],
  pattern: RegExp,
): Set<string> {
  const found = new Set<string>();
  for (const n of names) if (pattern.test(text.slice(n.end, n.end + 30))) found.add(n.name.toLowerCase());
  return found;
}
