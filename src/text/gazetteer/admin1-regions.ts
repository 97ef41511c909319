// First-level divisions (states, provinces, governorates) from the countries-states-cities database
// (@countrystatecity/countries, ODbL-1.0): name, type and a representative point. GeoNames tags each town
// with its own admin1 code but ships no names for them, so the two are joined by vote: a town of
// cities-500 that the database also lists (same folded name, within 25 km) votes for its state.
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

const VOTE_RADIUS_KM = 25;

export function admin1DataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@countrystatecity/countries")), "data");
}

/** Every state with a point, and for each "ISO2.admin1Code" of GeoNames the state its towns voted for. */
export function readAdmin1Regions(towns: Iterable<TownRef>): {
  regions: Admin1Region[];
  byCode: Map<string, Admin1Region>;
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
  return { regions, byCode: voteRegions(towns, citiesByKey) };
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
  const byCode = new Map<string, Admin1Region>();
  for (const [code, tally] of votes) byCode.set(code, [...tally].sort((a, b) => b[1] - a[1])[0][0]);
  return byCode;
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
