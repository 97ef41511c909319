// "…, according to a hospital source in X", "said a doctor in X", "a police spokesman in X told reporters":
// a place inside the phrase that names a report's source says where the source is, which is often the nearest
// town with a hospital or an office, not where the event was. Climbing from the place through the noun
// modifiers of its phrase reaches the phrase's head; that head is a source when it is the subject or object of
// a verb of saying (sayingVerbOf) and a noun of a source (lexicon/claims/source-nouns.txt: a parse that makes
// "five traders in X" a second subject of "said" names no source), or when it comes after a source marker
// ("according to", "citing", "quoting": lexicon/claims/source-markers.txt). The place must hang on its noun by
// "in", "at" or "from": "the governor of X" speaks for X, which is often where the event was. A place that is
// itself the speaker ("Kyiv said") is isOtherVerbsArgument's.
import { readLexiconLines } from "../../lexicon.js";
import { caseOf, childrenOf, headOf, headTokenOf, type ParseTree, relationOf, wordOf } from "./parse-tree.js";
import { sayingVerbOf } from "./saying-verb-of.js";

/** The words that name a report's source: its markers ("according", "citing") and its nouns ("doctor"). */
export type SourceWords = { markers: ReadonlySet<string>; nouns: ReadonlySet<string> };

export function loadSourceWords(): SourceWords {
  const read = (file: string) => new Set(readLexiconLines(file).map((w) => w.trim().toLowerCase()));
  return { markers: read("claims/source-markers.txt"), nouns: read("claims/source-nouns.txt") };
}

/** Case words that put a source somewhere ("a doctor in X", "a source at X hospital", "officials from X"). */
const WHERE_CASES = new Set(["in", "at", "from"]);
/** Relations that keep a word inside its noun phrase ("a doctor at the hospital in X", "the X office"). */
const NOUN_MODIFIER = /^(?:nmod|compound|appos|flat)(?::|$)/;
/** How far a place may sit inside its phrase: "a source at the main hospital in the town of X" is four hops. */
const MAX_HOPS = 5;

export function isSourcePlace(tree: ParseTree, place: { start: number; end: number }, words: SourceWords): boolean {
  const token = headTokenOf(tree, place);
  if (token < 0) return false;
  if (!WHERE_CASES.has(caseOf(tree, token) ?? "")) return false;
  let head = token;
  for (let hops = 0; hops < MAX_HOPS && NOUN_MODIFIER.test(relationOf(tree, head)) && headOf(tree, head) >= 0; hops++)
    head = headOf(tree, head);
  if (head === token) return false;
  const isSpeaker = sayingVerbOf(tree, head) >= 0 && words.nouns.has(wordOf(tree, head));
  return isSpeaker || isAfterSourceMarker(tree, head, words.markers);
}

/** "according to a source": the marker is the noun's case; "citing a source": the noun is the marker's object. */
function isAfterSourceMarker(tree: ParseTree, noun: number, markers: ReadonlySet<string>): boolean {
  const isMarker = (i: number) => markers.has(wordOf(tree, i));
  if (childrenOf(tree, noun).some((c) => relationOf(tree, c) === "case" && isMarker(c))) return true;
  return relationOf(tree, noun) === "obj" && isMarker(headOf(tree, noun));
}
