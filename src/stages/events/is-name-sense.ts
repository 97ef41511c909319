// "RALLYING-MAKINEN WINS 1,000 LAKES RALLY", "on his way to becoming world rally champion": once a report has
// used a trigger word as part of a name ("won the 1,000 Lakes Rally": capitalised inside a sentence in ordinary
// case, is-name-part.ts), its other uses of the word keep that sense (one sense per discourse: Gale, Church &
// Yarowsky 1992), in a headline in capitals as in a modifier. A use that names a crowd or people of its own
// ("thousands joined a rally", "a rally of supporters") is still read as an event.
import { type Doc, textOf } from "../../doc.js";
import type { EventLexicons } from "./event-lexicons.js";
import type { TriggerMention } from "./find-triggers.js";
import { isCapitalisedInText } from "./is-name-part.js";
import { namesCrowd } from "./is-off-register.js";
import type { ParseTree } from "./parse-tree.js";

/** The lower-cased words of the triggers that the report uses as part of a name. */
export function findNameWords(doc: Doc, triggers: readonly TriggerMention[]): Set<string> {
  return new Set(triggers.filter((m) => isCapitalisedInText(doc, m)).map((m) => wordOfMention(doc, m)));
}

export function isNameSense(
  doc: Doc,
  tree: ParseTree,
  mention: TriggerMention,
  nameWords: ReadonlySet<string>,
  lexicons: EventLexicons,
): boolean {
  // A use capitalised in ordinary text is itself the evidence (is-name-part.ts decides it, with its entity):
  // "the Syrian Air Force struck" is no name standing for another use.
  if (isCapitalisedInText(doc, mention)) return false;
  return nameWords.has(wordOfMention(doc, mention)) && !namesCrowd(tree, mention, lexicons);
}

function wordOfMention(doc: Doc, mention: TriggerMention): string {
  return textOf(doc, mention.span).toLowerCase();
}
