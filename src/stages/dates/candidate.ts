// What every dates parser proposes: a span with its TIMEX3 value and type (TimeML 1.2.1), before the
// refiners settle overlaps and turn it into a span of the dates layer.

import { findAllMatches } from "../../text/find-all-matches.js";
import type { Day } from "./calendar.js";

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

export type Candidate = {
  start: number;
  end: number;
  /** The parser that proposed it ("dates/durations"). */
  by: string;
  timex: string;
  timexType: TimexType;
  /** True when the text itself fixes the value; false when it comes from the publication date. */
  stated: boolean;
  /** A calendar period this expression names that its value alone does not give ("the past two weeks"). */
  range?: { start: string; end: string; precision: 1 | 2 | 3; open?: boolean };
  /** UTC instant of a stated time of day with its zone. */
  instant?: string;
  /** A part of a day with no day word ("in the early afternoon"): its day is only the publication day's. */
  dayless?: true;
  /** Which relative family it came from, for the refiners ("year-ago"). */
  kind?: string;
};

/** What parsers resolve against: the publication day, or null when the report has none. */
export type Anchor = { published: Day | null };

export type CandidateParser = (text: string, anchor: Anchor) => Candidate[];

/** All matches of a global regex as [index, match] pairs, for parsers. */
export function matchAll(text: string, pattern: RegExp): RegExpExecArray[] {
  return findAllMatches(text, pattern);
}
