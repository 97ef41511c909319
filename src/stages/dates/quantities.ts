// Count words and calendar units from lexicon/dates, as regex sources and lookups for the parsers. Loaded
// once by loadResources() (loadDateQuantities) and handed to createDatesStage; tests may pass small ones.
import { readLexiconTable } from "../../lexicon.js";

export type DateUnit = { unit: string; factor: number };

export type DateQuantities = {
  /** Count word -> its number, or "X" for a vague one ("several"). */
  counts: ReadonlyMap<string, string>;
  /** Unit word -> TIMEX3 unit and how many of it the word is ("decade" -> Y, 10). */
  units: ReadonlyMap<string, DateUnit>;
};

export function loadDateQuantities(): DateQuantities {
  return {
    counts: new Map(readLexiconTable("dates/count-words.tsv").map((row) => [row.word.toLowerCase(), row.count])),
    units: new Map(
      readLexiconTable("dates/units.tsv").map((row) => [
        row.word.toLowerCase(),
        { unit: row.unit, factor: Number(row.factor) },
      ]),
    ),
  };
}

const byLength = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, "\\s+"))
    .join("|");

/** A count: digits ("18", "1.5") or a count word; hyphenated tens ("twenty-five") included. */
export function countPattern(quantities: DateQuantities): string {
  return `(?:\\d+(?:\\.\\d+)?|(?:${byLength(quantities.counts.keys())})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)`;
}

/** A unit word, singular or plural. */
export function unitPattern(quantities: DateQuantities): string {
  return `(?:${byLength(quantities.units.keys())})s?`;
}

const ONES: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};

/** The number a count names, or "X" for a vague one ("several"). */
export function readCount(word: string, quantities: DateQuantities): string {
  const w = word.toLowerCase().replace(/\s+/g, " ");
  if (/^\d/.test(w)) return w;
  const [tens, ones] = w.split("-");
  const base = quantities.counts.get(tens);
  if (base === undefined) return "X";
  return base === "X" || !ones ? base : String(Number(base) + (ONES[ones] ?? 0));
}

/** "three" + "decades" -> "P30Y"; "two" + "hours" -> "PT2H"; "a few" + "days" -> "PXD". */
export function durationValue(count: string, unitWord: string, quantities: DateQuantities): string {
  const { unit, factor } = readUnit(unitWord, quantities);
  const n = count === "X" ? "X" : String(Number(count) * factor);
  return unit.startsWith("T") ? `PT${n}${unit.slice(1)}` : `P${n}${unit}`;
}

export function readUnit(unitWord: string, quantities: DateQuantities): DateUnit {
  const w = unitWord.toLowerCase();
  return quantities.units.get(w) ?? quantities.units.get(w.replace(/s$/, "")) ?? { unit: "X", factor: 1 };
}
