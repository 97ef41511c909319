// What an attribution matcher finds: who says (source), the saying words (cue) and what is said (content).
import type { QuoteData, Range } from "../../doc.js";

export type Attribution = { source: Range; cue: Range; content: Range; kind: QuoteData["kind"] };
