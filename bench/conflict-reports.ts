// The invented reports of the workers bench: attacks in 11 towns of 6 countries over one week, each report also
// naming fighting near another town. Few towns and days on purpose: every report lands in a busy town-day, the
// shape of a big news day (hundreds of reports of one war's strikes in one city), so merging meets large blocks.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ACTORS = [
  "Gunmen",
  "Militants",
  "Rebel fighters",
  "Unidentified attackers",
  "Insurgents",
  "Armed men",
  "Bandits",
];
const TARGETS = [
  "a police post",
  "an army checkpoint",
  "a market",
  "a convoy of trucks",
  "a village school",
  "a border crossing",
];
const TOWNS = [
  "Kandahar",
  "Mosul",
  "Goma",
  "Maiduguri",
  "Timbuktu",
  "Kirkuk",
  "Beni",
  "Gao",
  "Bunia",
  "Tillaberi",
  "Kidal",
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** The text of report `i`. */
export function inventReport(i: number): string {
  const [a, t, w, d] = [ACTORS[i % 7], TARGETS[i % 6], TOWNS[i % 11], DAYS[i % 7]];
  return [
    `${a} attacked ${t} in ${w} on ${d}, killing ${(i % 9) + 2} people, the provincial governor said.`,
    `Residents said the fighting near ${TOWNS[(i + 3) % 11]} lasted ${(i % 5) + 2} hours and that ${TARGETS[(i + 2) % 6]} was set on fire.`,
    `A spokesman for the army said troops had arrested ${(i % 13) + 1} suspects after the assault on ${t}, report ${i}.`,
  ].join("\n\n");
}

/** Writes reports 0 … count-1 as `report-i.txt` files into `dir`. */
export function writeReports(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `report-${i}.txt`), inventReport(i));
}
