// An armed perpetrator or target the report does not name ("a June 9 militia attack", "airstrikes on
// militia rocket storage"): ACLED's "Unidentified Armed Group (<country>)", inter 3. Only a noun that
// says "armed group" counts; a weapon alone ("a rocket attack") does not say who fired it.
import type { ActorValue, Doc, Field, Span } from "../../doc.js";
import type { EventLexicons } from "./event-lexicons.js";
import { clauseOf } from "./find-in-clause.js";
import type { TriggerMention } from "./find-triggers.js";
import type { EventsSettings } from "./settings.js";

// Words that end a modifier chain: with them the noun is the subject of another clause ("7 militants
// killed in blasts": the dead, not the bombers).
const NOT_MODIFIER =
  /\b(?:in|on|at|by|of|for|from|with|into|during|after|were|was|are|is|killed|wounded|injured|died|dead)\b/i;

export type UnnamedRole = "actor1" | "actor2";

export function findUnnamedActor(
  doc: Doc,
  mention: TriggerMention,
  all: TriggerMention[],
  role: UnnamedRole,
  countryName: string | null,
  iso3: string | null,
  lexicons: EventLexicons,
  settings: EventsSettings,
): Field<ActorValue> | null {
  const { start, end } = clauseOf(doc, mention, all, settings);
  const window = role === "actor1" ? doc.text.slice(start, mention.span.start) : doc.text.slice(mention.span.end, end);
  const { asModifier, asTarget } = lexicons.unnamedActor;
  const match = (role === "actor1" ? asModifier : asTarget).exec(window);
  if (!match?.groups?.noun || (role === "actor1" && NOT_MODIFIER.test(match.groups.between))) return null;
  const offset = (role === "actor1" ? start : mention.span.end) + match.index + match[0].indexOf(match.groups.noun);
  const span: Span = {
    start: offset,
    end: offset + match.groups.noun.length,
    label: "ACTOR",
    by: "events/unnamed-armed-group",
  };
  return { value: unidentifiedArmedGroup(countryName, iso3), evidence: [span], stated: true };
}

export function unidentifiedArmedGroup(countryName: string | null, iso3: string | null): ActorValue {
  return {
    name: countryName ? `Unidentified Armed Group (${countryName})` : "Unidentified Armed Group",
    inter: 3,
    ...(iso3 ? { country: iso3 } : {}),
  };
}
