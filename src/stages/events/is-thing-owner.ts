// "supporters of Imran Khan's party clashed", "after Biden's speech, rockets hit": a person whose possessive
// names something that is neither a force nor a government ("party", "release", "speech") says whose it is,
// not who acted. Read on the surface, for the word-window rules of assign-actors.ts, which would otherwise
// take a leader there for the forces he commands; "Putin's forces", "Biden's administration" still act.
import type { Doc, Span } from "../../doc.js";
import type { ActorNouns } from "./actor-nouns.js";

// Kinds of actor noun whose owner commands them ("Putin's troops", "Khan's police").
const FORCE_KINDS = new Set(["military", "police", "armed group"]);
// The institutions of a leader that act for the state (as find-leaders.ts's "X administration" does).
const GOVERNMENT_WORDS = new Set(["administration", "government", "regime", "cabinet"]);
const POSSESSED = /^['’]s?\s+(\p{L}[\p{L}-]*)/u;
/** The possessive and the noun after it fit in this many characters; no more is read. */
const LOOKAHEAD_CHARS = 40;

export function isThingOwner(doc: Doc, span: Span, nouns: ActorNouns): boolean {
  const noun = POSSESSED.exec(doc.text.slice(span.end, span.end + LOOKAHEAD_CHARS))?.[1]?.toLowerCase();
  if (!noun) return false;
  return !GOVERNMENT_WORDS.has(noun) && !FORCE_KINDS.has(nouns.kinds.get(noun) ?? "");
}
