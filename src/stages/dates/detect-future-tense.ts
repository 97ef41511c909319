// Whether the clause around a date speaks of the future ("will meet Friday", "is scheduled for Dec. 15",
// "called for a strike on Monday": what is called for is still to come, "payable Jan. 2", "takes effect May 4", "holders of record May 9", "until January"). Only then may a
// date without a year or week resolve after the publication date: reports otherwise tell what happened.
import { findAllMatches } from "../../text/find-all-matches.js";

const CUE =
  /\b(?:will|won't|'ll|shall|is\s+to|are\s+to|going\s+to|scheduled|slated|set\s+to|expect(?:s|ed)?|takes?\s+effect|extend(?:s|ed)?\s+(?:\w+\s+){0,3}to|due\s+(?:on|in|by)|(?:is|are)\s+due\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)|plans?\s+to|planned|intends?|payable|upcoming|next|would|record|effective|deadline|expires?|redemption|starting|beginning|until|call(?:s|ed|ing)?\s+for)\b/i;
// A preposition right before the date that points forward ("by Nov. 22", "until January").
// "by" and "through" also close past periods ("had sold 2,000 bonds through March 4"): not cues.
const LEAD = /\b(?:until|till)\s+$/i;
// A period after "Mr" or an initial ends no clause.
const CLAUSE_BREAK =
  /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Corp|Co|Ltd|Gen|Col|Sen|Rep|Gov|[A-Z]))[.;!?]\s|,\s(?:but|and|while|although|as)\s|"/g;

// "the men who attacked a church on Sunday": a subject relative in the past tense ("who", "which" or "that"
// right before an -ed verb, maybe after "had") holds the date that follows it, whatever the main clause
// says of the future ("are expected to charge the men who ...", "soldiers who killed ... will face trial").
// "are due to resume on Monday after fighting killed ten people on Sunday": a past-tense clause that a
// conjunction of time or cause opens after the cue is past too.
const PAST_RELATIVE =
  /\b(?:(?:who|which|that)\s+(?:had\s+)?[a-z]+ed|(?:after|when|because|since)\s+(?:[a-z]+\s+){1,4}?(?:had\s+)?[a-z]+ed)\b/i;
const CUE_ALL = new RegExp(CUE.source, "gi");

export type FutureCueWindows = { futureCueLookbackChars: number; futureCueLookaheadChars: number };

export function isFutureClause(text: string, index: number, length: number, windows: FutureCueWindows): boolean {
  const before = text.slice(Math.max(0, index - windows.futureCueLookbackChars), index);
  const breaks = findAllMatches(before, CLAUSE_BREAK); // matchAll's matches without its copy of the pattern
  const clauseStart = breaks.length ? (breaks[breaks.length - 1].index ?? 0) + breaks[breaks.length - 1][0].length : 0;
  const clause = before.slice(clauseStart);
  if (isInPastRelative(clause)) return false;
  const after = text.slice(index + length, index + length + windows.futureCueLookaheadChars).split(/[.;!?,]/)[0];
  return CUE.test(clause) || LEAD.test(before) || /^\s*(?:will|is\s+expected)\b/i.test(after);
}

/** Whether a past-tense relative clause opens after the clause's last future cue, so the date is its. */
function isInPastRelative(clause: string): boolean {
  const cues = findAllMatches(clause, CUE_ALL);
  const last = cues[cues.length - 1];
  const tail = last ? clause.slice((last.index ?? 0) + last[0].length) : clause;
  return PAST_RELATIVE.test(tail);
}
