// "Police arrested a 19-year-old over the burglary", "the footballer was held after a brawl in a bar": ACLED
// codes an arrest only when it is political: of an opposition figure, a journalist, a protester, a suspected
// militant (ACLED Codebook 2023, "Arrests"). A report that names no political or armed actor, target or motive
// anywhere (no actor entity the lexicon knows, none of lexicon/events/political-cues.txt, no armed group named
// in the plural) is apolitical: its arrests are police work, and in a report with no conflict evidence either
// (is-off-register.ts) they are no event. A crime report (is-ordinary-crime.ts) is an apolitical report that
// names a crime.
import { type Doc, spansOf } from "../../doc.js";
import type { ActorNouns } from "./actor-nouns.js";
import type { TriggerMention } from "./find-triggers.js";
import type { QuietLexicons } from "./quiet-lexicons.js";

// Kinds of actor noun whose group, named in the plural, is an armed or political actor ("gunmen attacked the
// village", "the attackers also stole cattle"); a lone "gunman" or "attacker" may be a robber.
const GROUP_KINDS = new Set(["armed group", "military", "protesters", "rioters"]);

export function isApoliticalReport(doc: Doc, lexicons: QuietLexicons, nouns: ActorNouns): boolean {
  if (spansOf(doc, "entities").some((e) => e.label === "ACTOR")) return false;
  if (lexicons.politicalCues.some((cue) => cue.test(doc.text))) return false;
  return !namesArmedGroup(doc.text, nouns);
}

function namesArmedGroup(text: string, nouns: ActorNouns): boolean {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).some(
    (word) => /(?:s|men)$/.test(word) && GROUP_KINDS.has(nouns.kinds.get(word) ?? ""),
  );
}

/** An arrest in an apolitical report: police work, not an event ACLED codes. */
export function isApoliticalArrest(mention: TriggerMention, isApolitical: boolean): boolean {
  return isApolitical && mention.subEventType === "Arrests";
}
