// Word classes the quiet-report filters read (is-quiet-prospect.ts, is-trial-subject.ts, is-off-register.ts,
// is-ordinary-crime.ts),
// loaded once with the event lexicons: each file under lexicon/events/ says its source and why.
import { loadPatternLines, readLexiconLines } from "../../lexicon.js";

export type QuietLexicons = {
  /** "risks street battles", "warn of riots": verbs whose object is a foreseen event. */
  prospectVerbs: RegExp;
  /** "sentenced for the bombing": verbs of a verdict, whose "for" names an old incident. */
  verdictVerbs: RegExp;
  /** "closed 3 percent higher": a stated market move, the business register. */
  marketResult: RegExp[];
  /** "murder", "robbery": an ordinary crime named (is-ordinary-crime.ts). */
  crimeCues: RegExp[];
  /** "militants", "protesters", "an opposition politician": a political actor, target or motive. */
  politicalCues: RegExp[];
  /** "ceasefire", "peace": the agreements of a conflict (is-ordinary-agreement.ts). */
  conflictAgreementWords: RegExp[];
  /** "voiced", "lodged": verbs whose object is something said (is-expressed-protest.ts). */
  expressingVerbs: RegExp;
  /** "blasts", "slammed": violence verbs with a criticise sense (is-criticism-sense.ts). */
  criticismVerbs: RegExp;
  /** "reports", "rumours": nouns of an unconfirmed account, whose denial denies the event (is-denied-report.ts). */
  hearsayNouns: ReadonlySet<string>;
  /** "allegiance", "loyalty": a group's standing tie, whose pledge in the perfect is background (is-standing-relation.ts). */
  standingRelationNouns: ReadonlySet<string>;
};

export function loadQuietLexicons(): QuietLexicons {
  return {
    prospectVerbs: stemPattern(readLexiconLines("events/prospect-verbs.txt")),
    verdictVerbs: stemPattern(readLexiconLines("events/verdict-verbs.txt")),
    marketResult: loadPatternLines("events/market-result-cues.txt"),
    crimeCues: loadPatternLines("events/crime-cues.txt"),
    politicalCues: loadPatternLines("events/political-cues.txt"),
    conflictAgreementWords: loadPatternLines("events/conflict-agreement-words.txt"),
    expressingVerbs: stemPattern(readLexiconLines("events/expressing-verbs.txt")),
    criticismVerbs: stemPattern(readLexiconLines("events/criticism-verbs.txt")),
    hearsayNouns: new Set(readLexiconLines("events/hearsay-nouns.txt").map((w) => w.trim())),
    standingRelationNouns: new Set(readLexiconLines("events/standing-relation-nouns.txt").map((w) => w.trim())),
  };
}

function stemPattern(stems: string[]): RegExp {
  return new RegExp(`^(?:${stems.map((s) => s.trim()).join("|")})`);
}
