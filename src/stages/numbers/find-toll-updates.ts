// A death toll the report says has changed: "the death toll from Saturday's car bombing rose to 14". It is
// a KILLED count marked `revised`, which the events stage takes over the report's first counts ("initially
// killing 11"): the latest total is the incident's. The subject and verb phrases are data
// (lexicon/numbers/toll-updates.tsv); a short stretch may stand between them ("from Saturday's bombing").
import type { LayerSpan } from "../../doc.js";
import { findAllMatches } from "../../text/find-all-matches.js";
import type { TollUpdatePhrases } from "./number-lexicons.js";
import type { QuantityReader } from "./parse-quantity.js";
import type { NumbersSettings } from "./settings.js";

const ARTICLE = /^an?$/i;

export type TollUpdateFinder = (text: string) => LayerSpan<"numbers">[];

export function createTollUpdateFinder(
  quantities: QuantityReader,
  phrases: TollUpdatePhrases,
  settings: NumbersSettings,
): TollUpdateFinder {
  const subject = `\\b(?:${phrases.subjects.join("|")})\\b`;
  const between = `[^.;:!?]{0,${settings.tollUpdateGapChars}}?`;
  const verb = `\\b(?:${phrases.verbs.join("|")})`;
  const pattern = new RegExp(`${subject}${between}${verb}\\s+(?:to\\s+)?(?<amount>${quantities.amount})\\b`, "gi");
  return (text) =>
    findAllMatches(text, pattern).flatMap((m) => {
      // "the death toll from the attack, which hit a market": an article is no amount.
      const qty = ARTICLE.test(m.groups!.amount) ? null : quantities.parseAmount(m.groups!.amount);
      if (!qty) return [];
      const start = m.index!;
      return [
        {
          start,
          end: start + m[0].length,
          label: "KILLED",
          by: "numbers/toll-update",
          data: { ...qty, revised: true },
        },
      ];
    });
}
