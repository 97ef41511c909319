// The words of a claim of responsibility ("claimed responsibility for", "took credit for"), from
// lexicon/actors/responsibility-claims.tsv: loaded once with the other event lexicons, read by
// find-claimed-perpetrator.ts. Its own file so that loading it does not pull in the readers that use it.
import { readLexiconTable } from "../../lexicon.js";

export type ResponsibilityClaims = {
  verbs: ReadonlySet<string>;
  nouns: ReadonlySet<string>;
  /** Verbs whose object may be the attack itself ("claimed the attack"). */
  verbsOfAttack: ReadonlySet<string>;
  /** Verbs that deny a claim ("denied", "rejected") and what they deny ("involvement", "any role"). */
  denialVerbs: ReadonlySet<string>;
  denialNouns: ReadonlySet<string>;
  /** Words whose subject did the attack they govern ("carried out the attack", "behind the bombing"). */
  claimCues: ReadonlySet<string>;
  /** Verbs whose object a third party names as the perpetrator ("blamed X for the attack"). */
  blameVerbs: ReadonlySet<string>;
  /** Words that tie the attackers to a group ("belonged to", "linked to", "members of"). */
  belongingWords: ReadonlySet<string>;
  /** Nouns for a part of a group ("affiliate", "branch"), whose claim is the group's. */
  groupParts: ReadonlySet<string>;
  /** "responsibility", "credit", "claimed", "denied": a sentence that may claim or deny an attack. */
  phrase: RegExp;
};

export function loadResponsibilityClaims(): ResponsibilityClaims {
  const rows = readLexiconTable("actors/responsibility-claims.tsv");
  const words = (part: string) => new Set(rows.filter((r) => r.part === part).map((r) => r.word));
  const nouns = words("noun");
  return {
    verbs: words("verb"),
    nouns,
    verbsOfAttack: words("verb-of-attack"),
    denialVerbs: words("denial-verb"),
    denialNouns: words("denial-noun"),
    claimCues: words("claim-cue"),
    blameVerbs: words("blame-verb"),
    belongingWords: words("belonging-word"),
    groupParts: words("group-part"),
    phrase: new RegExp(
      String.raw`\b(?:${[...nouns, ...words("verb-of-attack"), ...words("denial-verb"), ...words("claim-cue"), ...words("blame-verb"), ...words("belonging-word")].join("|")})\b`,
      "i",
    ),
  };
}
