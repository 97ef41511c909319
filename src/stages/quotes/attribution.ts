// What an attribution matcher finds: who says (source), the saying words (cue) and what is said (content).
import type { QuoteData, Range } from "../../doc.js";

/** `isLearnedCue`: the cue came from the learned tagger, not the lexicon (the keep classifier weighs it apart). */
export type Attribution = {
  source: Range;
  cue: Range;
  content: Range;
  kind: QuoteData["kind"];
  isLearnedCue?: boolean;
};
