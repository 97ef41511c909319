// The invented reports of the kill test (ingest-kill.test.ts), apart so that bench/merge-blocks.bench.ts can merge
// the same input (`--input kill`): 7 actors, 10 towns, 7 days, all published on one day, so its incidents grow with
// the run and show whether a merge's cost stays flat at 10,000 reports.
const ACTORS = ["Gunmen", "Militants", "Rebel fighters", "Insurgents", "Armed men", "Bandits", "Soldiers"];
const TARGETS = ["a police post", "an army checkpoint", "a market", "a convoy", "a village school", "a fuel depot"];
const TOWNS = ["Kandahar", "Mosul", "Goma", "Maiduguri", "Timbuktu", "Kirkuk", "Beni", "Gao", "Bunia", "Kidal"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Report `i`: small, with its own numbers and words, so few are near-duplicates of another. */
export function inventKillReport(i: number): string {
  const pick = <T>(list: T[], step: number) => list[Math.floor(i / step) % list.length];
  return [
    `${pick(ACTORS, 1)} attacked ${pick(TARGETS, 7)} in ${pick(TOWNS, 3)} on ${pick(DAYS, 11)}, killing ${(i % 17) + 2} people, officials said.`,
    `Witnesses said ${(i % 23) + 3} vehicles were burned near ${pick(TOWNS, 5)} and ${(i % 29) + 1} shops were looted, report ${i}.`,
  ].join("\n\n");
}
