// Dates: chrono-node finds date expressions; we resolve them against the publication date (never into
// its future unless the text gives the year), join "6 p.m. Eastern time Sunday" into one, and add bare
// years ("in 2014"), which chrono's English parsers leave out.
import * as chrono from "chrono-node";
import { withLayer, type Doc, type Span } from "../../doc.js";
import type { Stage } from "../../pipeline.js";
import { findTimeDayPairs, zonedInstant } from "./merge-time-and-day.js";
import { resolveDate } from "./resolve-date.js";

const parser = chrono.casual.clone();
// chrono drops results whose text is only digits, so the result keeps its preposition or article
// ("in 2014", "the 2020 airstrikes") and dateSpan trims it off again.
parser.parsers.push({
  pattern: () => /\b(?:in|since|by|during|of|until|before|after|from|the|a)\s+((?:19|20)\d{2})\b(?!\s*(?:[-/,]\s*\d|\d|%|people|troops|soldiers))/i,
  extract: (context, match) => context.createParsingResult(match.index ?? 0, match[0], { year: Number(match[1]) }),
});

export function findDates(text: string, publishedIso?: string): Span[] {
  const published = publishedIso ? new Date(publishedIso) : null;
  if (published && Number.isNaN(published.getTime())) return findDates(text);
  const results = parser.parse(text, { instant: published ?? new Date(0), timezone: "UTC" }, { forwardDate: false });
  const pairs = findTimeDayPairs(text, results);
  const paired = new Set(pairs.flatMap((p) => [p.time, p.day]));
  const spans: Span[] = [];
  for (const result of results) {
    if (paired.has(result)) continue;
    if (!published && !result.start.isCertain("year")) continue; // relative to what? not supported by the text
    if (result.start.isCertain("hour") && !result.start.isCertain("day") && !result.start.isCertain("weekday")) continue;
    const { value, stated } = resolveDate(result, published);
    spans.push(dateSpan(text, result.index, result.index + result.text.length, { ...value, stated }));
  }
  for (const pair of pairs) {
    if (!published && !pair.day.start.isCertain("year")) continue;
    const { value, stated } = resolveDate(pair.day, published);
    const instant = pair.zone ? zonedInstant(value.start, pair.time.start.get("hour")!, pair.time.start.get("minute") ?? 0, pair.zone) : undefined;
    spans.push(dateSpan(text, pair.time.index, pair.end, { ...value, stated, instant }));
  }
  return spans.sort((a, b) => a.start - b.start);
}

function dateSpan(text: string, start: number, end: number, data: Record<string, unknown>): Span {
  while (end > start && /[\s,.;:]/.test(text[end - 1])) end--; // chrono keeps "Sunday," with its comma
  const lead = /^(?:in|since|by|during|of|until|before|after|from|the|a)\s+(?=\d)/i.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  const on = /^(?:on|at)\s+/i.exec(text.slice(start, end));
  if (on) start += on[0].length;
  return { start, end, label: "DATE", by: "dates/chrono", data };
}

export const datesStage: Stage = {
  name: "dates",
  needs: ["sentences"],
  makes: ["dates"],
  run: (doc: Doc) => withLayer(doc, "dates", findDates(doc.text, doc.meta.published)),
};
