// Word classes the quiet-report filters read (is-quiet-prospect.ts, is-trial-subject.ts, is-off-register.ts,
// is-ordinary-crime.ts),
// loaded once with the event lexicons: each file under lexicon/events/ says its source and why.
import { loadPatternLines, readLexiconLines } from "../../lexicon.js";

export type QuietLexicons = {
  /** "risks street battles", "warn of riots": verbs whose object is a foreseen event. */
  prospectVerbs: RegExp;
  /** "sentenced for the bombing": verbs of a verdict, whose "for" names an old incident. */
  verdictVerbs: RegExp;
  /** "testified", "told the court": a speech verb or its addressee that makes its clause testimony. */
  testimonyCues: RegExp;
  /** "indicted for the killing": a charge's ground, old only beside a past year (is-trial-subject.ts). */
  chargeVerbs: RegExp;
  /** "the anniversary of the massacre": nouns of remembering, whose "of" names a past event. */
  commemorationNouns: RegExp;
  /** "the anniversary of the massacre, in which": a relative clause that tells a remembered event. */
  commemoratedRelative: RegExp;
  /** "closed 3 percent higher": a stated market move, the business register. */
  marketResult: RegExp[];
  /** "murder", "robbery": an ordinary crime named (is-ordinary-crime.ts). */
  crimeCues: RegExp[];
  /** "militants", "protesters", "an opposition politician": a political actor, target or motive. */
  politicalCues: RegExp[];
  /** "ceasefire", "peace": the agreements of a conflict (is-ordinary-agreement.ts). */
  conflictAgreementWords: RegExp[];
  /** "chances", "suspended", "collapsed": words of an agreement not made (is-unmade-agreement.ts). */
  unmadeAgreementCues: RegExp;
  /** "voiced", "lodged": verbs whose object is something said (is-expressed-protest.ts). */
  expressingVerbs: RegExp;
  /** "evacuat", "rescu": relief work a force is deployed for (is-relief-deployment.ts). */
  reliefVerbs: RegExp;
  /** "blasts", "slammed": violence verbs with a criticise sense (is-criticism-sense.ts). */
  criticismVerbs: RegExp;
  /** "seiz", "destroy": verbs that disrupt a store of weapons (is-target-cache.ts). */
  weaponSeizureVerbs: RegExp;
  /** "reports", "rumours": nouns of an unconfirmed account, whose denial denies the event (is-denied-report.ts). */
  hearsayNouns: ReadonlySet<string>;
  /** "allegiance", "loyalty": a group's standing tie, whose pledge in the perfect is background (is-standing-relation.ts). */
  standingRelationNouns: ReadonlySet<string>;
};

export function loadQuietLexicons(): QuietLexicons {
  return {
    prospectVerbs: stemPattern(readLexiconLines("events/prospect-verbs.txt")),
    verdictVerbs: stemPattern(readLexiconLines("events/verdict-verbs.txt")),
    chargeVerbs: stemPattern(readLexiconLines("events/charge-verbs.txt")),
    testimonyCues: stemPattern(readLexiconLines("events/testimony-cues.txt")),
    commemorationNouns: stemPattern(readLexiconLines("events/commemoration-nouns.txt")),
    commemoratedRelative: relativeAfterPattern(readLexiconLines("events/commemoration-nouns.txt")),
    marketResult: loadPatternLines("events/market-result-cues.txt"),
    crimeCues: loadPatternLines("events/crime-cues.txt"),
    politicalCues: loadPatternLines("events/political-cues.txt"),
    conflictAgreementWords: loadPatternLines("events/conflict-agreement-words.txt"),
    unmadeAgreementCues: stemPattern(readLexiconLines("events/unmade-agreement-cues.txt")),
    expressingVerbs: stemPattern(readLexiconLines("events/expressing-verbs.txt")),
    criticismVerbs: stemPattern(readLexiconLines("events/criticism-verbs.txt")),
    reliefVerbs: stemPattern(readLexiconLines("events/relief-verbs.txt")),
    weaponSeizureVerbs: stemPattern(readLexiconLines("events/weapon-seizure-verbs.txt")),
    hearsayNouns: new Set(readLexiconLines("events/hearsay-nouns.txt").map((w) => w.trim())),
    standingRelationNouns: new Set(readLexiconLines("events/standing-relation-nouns.txt").map((w) => w.trim())),
  };
}

/** A stem's word, "of" and at most six words of what is remembered, then a relative clause up to the end
 * of `text` with no clause break: the parser often makes that clause the sentence's root. */
function relativeAfterPattern(stems: string[]): RegExp {
  const nouns = `(?:${stems.map((s) => s.trim()).join("|")})[\\w-]*`;
  return new RegExp(
    `\\b${nouns}\\s+of\\s+(?:[\\w'’-]+\\s+){0,6}?[\\w'’-]+,?\\s+(?:(?:in|during|at)\\s+)?(?:which|when)\\b[^,;:]*$`,
    "i",
  );
}

function stemPattern(stems: string[]): RegExp {
  return new RegExp(`^(?:${stems.map((s) => s.trim()).join("|")})`);
}
