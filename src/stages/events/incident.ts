// One incident of a report as groupMentions builds it: the mentions that tell it, its date and the sentences
// its fields may come from. Its own file so that the rules groupMentions calls can name it without an
// import cycle.
import type { LayerSpan } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";

export type Incident = {
  mentions: TriggerMention[];
  date: LayerSpan<"dates"> | null;
  /** Its date is only the day a source spoke ("residents said on Saturday"): a day of the act told later replaces it. */
  isDateSaid?: boolean;
  /** Sentences whose words support this incident: its mentions' and the one its date came from. */
  sentences: Set<number>;
  /** The lead mentions that sum this incident up with others (split-summary-lead.ts): its actor when it names none. */
  summary?: TriggerMention[];
  /** Text of its sentences that tells another incident's numbers: the other side of a response cue. */
  withheld?: TextRange[];
};

export type TextRange = { start: number; end: number };
