// "the al Qaeda-linked JNIM", "the Iran-backed Kataib Hezbollah": a name joined by a hyphen to a word of
// affiliation describes the named group that follows; it is not itself the one who acted or was hit. Before
// a common noun ("Iran-backed militias") the sponsor is kept: the text names no other actor for the phrase.
import { type Doc, type Span, spansOf } from "../../doc.js";

// The participles a news report joins to a sponsor or parent group (lower case).
const AFFILIATION_WORDS = new Set([
  "linked",
  "backed",
  "affiliated",
  "allied",
  "aligned",
  "inspired",
  "sponsored",
  "supported",
  "funded",
  "led",
]);
// "the Hamas-run health ministry", "a Houthi-administered district": a name that says who runs an
// institution or a territory describes it, whatever follows; the ministry that reports a strike is no side.
const RULING_WORDS = new Set(["run", "administered", "governed"]);
const HYPHENS = new Set(["-", "‐", "–"]);
/** "the al Qaeda-linked Group for the Support of Islam": the group's name follows the participle closely. */
const NAME_GAP_CHARS = 2;
const GROUP_LABELS = new Set(["ACTOR", "ORG"]);

/** Whether the span is the sponsor in a hyphened affiliation of a named group ("al Qaeda-linked JNIM"), or
 * the ruler of a thing it describes ("Hamas-run ministry"). */
export function isAffiliation(doc: Doc, span: Span): boolean {
  if (!HYPHENS.has(doc.text[span.end] ?? "")) return false;
  let end = span.end + 1;
  // Letters are the characters that have a case: no regex, no backtracking.
  while (end < doc.text.length && doc.text[end].toLowerCase() !== doc.text[end].toUpperCase()) end++;
  const word = doc.text.slice(span.end + 1, end).toLowerCase();
  if (RULING_WORDS.has(word)) return true;
  if (!AFFILIATION_WORDS.has(word)) return false;
  return spansOf(doc, "entities").some(
    (e) => GROUP_LABELS.has(e.label) && e.start > end && e.start - end <= NAME_GAP_CHARS,
  );
}
