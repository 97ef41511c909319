// Recurrences (TimeML SET): "every week", "each July", "each Thursday", "per year", "annually", "Mondays".
import { MONTH_NAMES } from "./calendar.js";
import { type Candidate, matchAll } from "./candidate.js";

const UNIT: Record<string, string> = { day: "P1D", week: "P1W", month: "P1M", quarter: "P1Q", year: "P1Y" };
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const EVERY =
  /\b(?:every|each|per)\s+(day|week|month|quarter|year|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
const PART: Record<string, string> = { morning: "TMO", afternoon: "TAF", evening: "TEV", night: "TNI" };
const ADVERB: Record<string, string> = {
  daily: "P1D",
  weekly: "P1W",
  monthly: "P1M",
  quarterly: "P1Q",
  annually: "P1Y",
  yearly: "P1Y",
};

export function parseSets(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchAll(text, EVERY)) {
    const word = m[1].toLowerCase();
    const timex =
      UNIT[word] ??
      (MONTH_NAMES.includes(word)
        ? `XXXX-${String(MONTH_NAMES.indexOf(word) + 1).padStart(2, "0")}`
        : `XXXX-WXX-${WEEKDAYS.indexOf(word) + 1}`);
    out.push({ start: m.index, end: m.index + m[0].length, by: "dates/sets", timex, timexType: "SET", stated: true });
  }
  // Only as adverbs ("paid annually", "meets weekly."): "a weekly magazine" names no recurrence.
  for (const m of matchAll(
    text,
    /\b(daily|weekly|monthly|quarterly|annually|yearly)\b(?=\s*[.,;:)]|\s+(?:since|until|in|on|at|for|and|or|by)\b)/gi,
  )) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      by: "dates/sets",
      timex: ADVERB[m[1].toLowerCase()],
      timexType: "SET",
      stated: true,
    });
  }
  // Plural weekdays recur: "on Mondays", "Tuesday nights".
  for (const m of matchAll(
    text,
    /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:s\b|\s+(morning|afternoon|evening|night)s\b)/gi,
  )) {
    const part = m[2] ? PART[m[2].toLowerCase()] : "";
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      by: "dates/sets",
      timex: `XXXX-WXX-${WEEKDAYS.indexOf(m[1].toLowerCase()) + 1}${part}`,
      timexType: "SET",
      stated: true,
    });
  }
  return out;
}
