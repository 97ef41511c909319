// The invented reports of the kill test (ingest-kill.test.ts), apart so that bench/merge-blocks.bench.ts can merge
// the same input (`--input kill`). They are spread as a real feed is: 24 towns in 12 countries and 120 days, so
// few reports meet on one town and day. An earlier version put every report in 10 towns on 7 days of one week;
// at 10,000 reports a town-day then held ~140 reports of one attack, and its incidents grew with the run (what
// bench/merge-blocks.bench.ts --input workers still measures: dense blocks).
const ACTORS = ["Gunmen", "Militants", "Rebel fighters", "Insurgents", "Armed men", "Bandits", "Soldiers"];
const TARGETS = ["a police post", "an army checkpoint", "a market", "a convoy", "a village school", "a fuel depot"];
const TOWNS = [
  ...["Kandahar", "Herat", "Mosul", "Kirkuk", "Goma", "Bunia", "Maiduguri", "Kano", "Timbuktu", "Gao"],
  ...["Aleppo", "Homs", "Mogadishu", "Kismayo", "Juba", "Malakal", "Sanaa", "Aden", "Benghazi", "Misrata"],
  ...["Kharkiv", "Donetsk", "Quetta", "Peshawar"],
];
const MONTHS = ["January", "February", "March", "April"];

/** Report `i`: small, with its own numbers and words, so few are near-duplicates of another. */
export function inventKillReport(i: number): string {
  const pick = <T>(list: T[], step: number) => list[Math.floor(i / step) % list.length];
  // Days 1-30 of January-April (the kill test publishes on 6 May), one day per round of the towns: every town-day
  // comes up once in 2,880 reports.
  const dayIndex = Math.floor(i / TOWNS.length) % (30 * MONTHS.length);
  const day = `${(dayIndex % 30) + 1} ${MONTHS[Math.floor(dayIndex / 30)]}`;
  return [
    `${pick(ACTORS, 1)} attacked ${pick(TARGETS, 5)} in ${pick(TOWNS, 1)} on ${day}, killing ${(i % 17) + 2} people, officials said.`,
    `Witnesses said ${(i % 23) + 3} vehicles were burned near ${pick(TOWNS, 3)} and ${(i % 29) + 1} shops were looted, report ${i}.`,
  ].join("\n\n");
}
