// A wire report's dateline can carry the day it was filed: "KABUL, Afghanistan, Aug. 26, 2021 —",
// "BAGHDAD, June 28, 2021 (Reuters) -". When the source gives no publication date, that day is the best
// reference for resolving "Sunday" or "last week". Only a dateline with a year is read: "June 28" alone
// would need a year from somewhere else, and guessing one is how events land a year off.
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
// Place in capitals, optional ", Region", then the date, an optional "(Agency)" and a dash or colon.
const DATELINE = new RegExp(
  `^(?:\\p{Lu}[\\p{Lu}'. -]+(?:,[ ]*[\\p{L}. ]{2,30}?)?,[ ]*)?${MONTH}\\.?[ ]+(\\d{1,2}),?[ ]+((?:19|20)\\d\\d)[ ]*(?:\\([^)\\n]{1,40}\\))?[ ]*(?:—|–|--|-|:)`,
  "mu",
);

/** The dateline's day as YYYY-MM-DD, or undefined when the first `windowChars` hold no dated dateline. */
export function readDatelineDate(text: string, windowChars: number): string | undefined {
  const match = DATELINE.exec(text.slice(0, windowChars));
  if (!match) return undefined;
  const month = MONTHS.indexOf(match[1].slice(0, 3).toLowerCase()) + 1;
  const day = Number(match[2]);
  const year = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined; // "Feb. 30" is no date
  return date.toISOString().slice(0, 10);
}
