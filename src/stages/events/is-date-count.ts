// A casualty count whose number is a day of a date ("between June 1 and June 3 killed": 1) or a length of
// time ("over three days in Baidoa killed": 3) counts no one: the numbers stage reads any number before
// "killed". Dropped here, where the counts become an event's fatalities.
import { spansOf, type Doc, type Span } from "../../doc.js";

const DURATION = /^(?:(?:over|for|in|after|within|during)\s+)?(?:the\s+(?:past|last|next)\s+)?[\w-]+\s+(?:days?|nights?|weeks?|months?|years?|hours?)\b/i;

export function isDateOrDurationCount(doc: Doc, count: Span): boolean {
  if (DURATION.test(doc.text.slice(count.start, count.end))) return true;
  return spansOf(doc, "dates").some((d) => d.start <= count.start && count.start < d.end);
}
