// "The company agreed to be acquired", "Athens and Tirana signed an accord on migrant workers", "the deal
// included its operations in Mexico": ACLED codes agreements between parties to a conflict (a ceasefire, a
// peace deal, a prisoner exchange), not business deals or ordinary treaties. In a report with no conflict
// evidence (is-off-register.ts), an agreement whose trigger names none of the words of a conflict's
// agreements (lexicon/events/conflict-agreement-words.txt) is no event. In a conflict report the parties are
// there to read, and the actor readers decide.
import type { Doc } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import type { QuietLexicons } from "./quiet-lexicons.js";

export function isOrdinaryAgreement(doc: Doc, mention: TriggerMention, lexicons: QuietLexicons): boolean {
  if (mention.subEventType !== "Agreement") return false;
  const trigger = doc.text.slice(mention.span.start, mention.span.end);
  return !lexicons.conflictAgreementWords.some((word) => word.test(trigger));
}
