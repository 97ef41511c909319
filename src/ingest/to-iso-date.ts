// Feed and HTTP dates ("Mon, 28 Jun 2021 02:00:00 +0300", "2021-06-28T02:00:00+03:00") -> ISO 8601 that keeps
// the writer's own UTC offset: converting to UTC would move a 02:00 local story to the previous day, and the
// publication day is the reference every relative date ("yesterday") in the text resolves against.

const OFFSET = /(?:([+-])(\d{2}):?(\d{2})|\b(Z|GMT|UTC|UT))\s*$/i;

/** ISO 8601 with the stated offset, or undefined when the text is not a date JavaScript can read. */
export function toIsoDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const trimmed = text.trim();
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed; // a bare date stays a date
  const match = OFFSET.exec(trimmed);
  const offsetMinutes = !match || match[4] ? 0 : (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
  const local = new Date(time + offsetMinutes * 60_000).toISOString().slice(0, 19);
  return local + formatOffset(offsetMinutes);
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}
