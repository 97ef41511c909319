// Bare years ("compared with 1988", "1990 will be tough"): chrono leaves digits-only text out. A
// four-digit number is a year unless money, a measure or a count says otherwise ("$1988", "1988.5",
// "2020 people", "1,988").
import { matchAll, type Anchor, type Candidate } from "./candidate.js";

const YEAR = /(?<![$£€#\d.,/-]|No\.\s?)\b(1[89]\d\d|20\d\d)\b(?![-/.,]?\d|\s*%|\s*(?:percent|per\s+cent))/g;
const COUNTED = /^\s+(?:[a-z]+\s+)?(?:people|persons|troops|soldiers|civilians|fighters|militants|dead|killed|men|women|children|residents|refugees|shares|jobs|employees|workers|students|votes|members|deaths|cases|rockets|missiles|households|families|homes|houses|acres|tons|miles|kilometers|km|feet|meters|points|marks)\b/i;

export function parseBareYears(text: string, anchor: Anchor): Candidate[] {
  return matchAll(text, YEAR)
    .filter((m) => !COUNTED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))
    .filter((m) => !anchor.published || Math.abs(Number(m[1]) - anchor.published.year) <= 100)
    .map((m): Candidate => ({ start: m.index, end: m.index + m[0].length, by: "dates/bare-years", timex: m[1], timexType: "DATE", stated: true }));
}
