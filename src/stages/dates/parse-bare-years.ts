// Bare years ("compared with 1988", "1990 will be tough"): chrono leaves digits-only text out. A
// four-digit number is a year unless money, a measure or a count says otherwise ("$1988", "1988.5",
// "2020 people", "1,988").
import { type Anchor, type Candidate, matchAll } from "./candidate.js";
import type { DatesSettings } from "./settings.js";

type BareYearSettings = Pick<DatesSettings, "bareYearCountLookaheadChars" | "bareYearMaxDistanceYears">;

const YEAR = /(?<![$£€#\d.,/]|No\.\s?|(?<!mid)-)\b(1[89]\d\d|20\d\d)\b(?![-/.,]?\d|\s*%|\s*(?:percent|per\s+cent))/g;
const COUNTED_PEOPLE = [
  "people",
  "persons",
  "troops",
  "soldiers",
  "civilians",
  "fighters",
  "militants",
  "dead",
  "killed",
  "men",
  "women",
  "children",
  "residents",
  "refugees",
];
const COUNTED_THINGS = [
  "shares",
  "jobs",
  "employees",
  "workers",
  "students",
  "votes",
  "members",
  "deaths",
  "cases",
  "rockets",
  "missiles",
  "households",
  "families",
  "homes",
  "houses",
];
const COUNTED_MEASURES = ["acres", "tons", "miles", "kilometers", "km", "feet", "meters", "points", "marks"];
const COUNTED = new RegExp(
  `^\\s+(?:[a-z]+\\s+)?(?:${[...COUNTED_PEOPLE, ...COUNTED_THINGS, ...COUNTED_MEASURES].join("|")})\\b`,
  "i",
);

export function parseBareYears(text: string, anchor: Anchor, settings: BareYearSettings): Candidate[] {
  const isCounted = (end: number) => COUNTED.test(text.slice(end, end + settings.bareYearCountLookaheadChars));
  const isNear = (year: number) =>
    !anchor.published || Math.abs(year - anchor.published.year) <= settings.bareYearMaxDistanceYears;
  return matchAll(text, YEAR)
    .filter((m) => !isCounted(m.index + m[0].length) && isNear(Number(m[1])))
    .map(
      (m): Candidate => ({
        start: m.index,
        end: m.index + m[0].length,
        by: "dates/bare-years",
        timex: m[1],
        timexType: "DATE",
        stated: true,
      }),
    );
}

const TENS: Record<string, number> = {
  ten: 10,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
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
const SPELLED =
  /\b(?:nineteen\s+(ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?|(?:the\s+year\s+)?two\s+thousand(?:\s+and\s+(one|two|three|four|five|six|seven|eight|nine))?)\b/gi;

/** Years spoken in transcripts: "nineteen ninety-six", "the year two thousand". */
export function parseSpelledYears(text: string): Candidate[] {
  return matchAll(text, SPELLED)
    .filter((m) => m[1] || /year/i.test(m[0]))
    .map((m): Candidate => {
      const year = m[1]
        ? 1900 + TENS[m[1].toLowerCase()] + (m[2] ? ONES[m[2].toLowerCase()] : 0)
        : 2000 + (m[3] ? ONES[m[3].toLowerCase()] : 0);
      return {
        start: m.index,
        end: m.index + m[0].length,
        by: "dates/bare-years",
        timex: String(year),
        timexType: "DATE",
        stated: true,
      };
    });
}
