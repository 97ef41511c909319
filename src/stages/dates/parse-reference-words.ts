// Words that point at the present, past or future without naming a date: "now", "currently", "recently",
// "formerly", "soon", "the future". Not "former": it qualifies a role ("a former US military official",
// which the entities stage keeps), and TimeML does not annotate it as a time expression. TimeML values PRESENT_REF / PAST_REF / FUTURE_REF (type DATE). They
// name no calendar period, so they never become DATE spans for the events stage.
import { type Candidate, matchAll } from "./candidate.js";

const REFERENCES: [RegExp, string][] = [
  [/\b(?:now|currently|current|nowadays|these\s+days|at\s+present|at\s+the\s+moment|present-day)\b/gi, "PRESENT_REF"],
  [
    /\b(?:recently|recent(?:\s+(?:years|decades|quarters))?|past\s+years|formerly|lately|(?:in\s+)?the\s+past(?!\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?|quarters?|centur(?:y|ies)|summers?|winters?)\b))\b(?!\s+(?:this|last|that|in|on)\b)/gi,
    "PAST_REF",
  ],
  [
    /(?<!\bas\s)\b(?:soon(?!\s+(?:as|after))|the\s+future|the\s+near\s+term|the\s+short\s+term|someday)\b/gi,
    "FUTURE_REF",
  ],
];

/** `numberLookaheadChars`: how far after the word a number makes it a quantity ("now 35"). */
export function parseReferenceWords(text: string, numberLookaheadChars: number): Candidate[] {
  return REFERENCES.flatMap(([pattern, timex]) =>
    matchAll(text, pattern)
      .filter((m) => !isFollowedByNumber(text, m.index + m[0].length, numberLookaheadChars))
      .map((m): Candidate => {
        const inner = m[0].replace(/^in\s+/i, "");
        const start = m.index + m[0].length - inner.length;
        return {
          start,
          end: m.index + m[0].length,
          by: "dates/reference-words",
          timex,
          timexType: "DATE",
          stated: true,
        };
      }),
  );
}

/** "now 35", "once 15,000 strong": a quantity, not a time reference. */
function isFollowedByNumber(text: string, end: number, lookaheadChars: number): boolean {
  return /^\s+\d/.test(text.slice(end, end + lookaheadChars));
}
