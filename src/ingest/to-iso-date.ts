// Feed, HTTP and page dates ("Mon, 28 Jun 2021 02:00:00 +0300", "20 Nov 2019 08:02 GMT", "2021-06-28T02:00:00+03:00")
// -> ISO 8601 that keeps the writer's own UTC offset: converting to UTC would move a 02:00 local story to the
// previous day, and the publication day is the reference every relative date ("yesterday") in the text
// resolves against. A date-time with no zone stays a local time with no zone, a date with no time a day.

const OFFSET = /(?:([+-])(\d{2}):?(\d{2})|(?<![a-z])(Z|GMT|UTC|UT))\s*$/i;
const TIME = /\b\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?/;
/** A zone JavaScript reads but OFFSET does not ("EST", "PDT"): the instant is kept, written in UTC. */
const NAMED_ZONE = /\b[ECMP][SD]T\s*$/i;

/** ISO 8601 with the stated offset, or undefined when the text is not a date with a day that JavaScript can read. */
export function toIsoDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const trimmed = text.trim().replace(/(\d)(?:st|nd|rd|th)\b/gi, "$1"); // "20th November 2019": JavaScript wants "20"
  const time = Date.parse(trimmed);
  if (Number.isNaN(time) || !hasDay(trimmed) || isAmbiguousNumeric(trimmed)) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed; // a bare date stays a date
  const match = OFFSET.exec(trimmed);
  if (!match && !NAMED_ZONE.test(trimmed)) return localDate(new Date(time), TIME.test(trimmed));
  const offsetMinutes =
    !match || match[4] ? 0 : (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
  const local = new Date(time + offsetMinutes * 60_000).toISOString().slice(0, 19);
  return local + formatOffset(offsetMinutes);
}

/** "Nov 2019" or "2019" parse, but name no day: a publication day must not be invented. */
function hasDay(text: string): boolean {
  if (/\d{4}-\d{2}-\d{2}/.test(text)) return true;
  const rest = text.replace(TIME, " ").replace(/[+-]?\d{4}/g, " ");
  return /(?:^|\D)\d{1,2}(?:\D|$)/.test(rest);
}

/** "05/06/2019" is May 6 to JavaScript and 5 June to most of the world: neither is guessed. */
function isAmbiguousNumeric(text: string): boolean {
  const match = /^(\d{1,2})[/.](\d{1,2})[/.]\d{4}\b/.exec(text);
  return !!match && Number(match[1]) <= 12 && Number(match[2]) <= 12 && match[1] !== match[2];
}

/** JavaScript reads a zoneless date-time as local time: write it back from the local fields, with no zone. */
function localDate(date: Date, hasTime: boolean): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return hasTime ? `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` : day;
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}
