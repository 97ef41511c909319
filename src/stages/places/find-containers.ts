// Containment: the words around a name can put it inside a larger place, which limits the places it may mean.
// "Town, State" and "Town, Country" pairs name a container, but a list of states or countries reads the same
// ("Gao, Mopti and Timbuktu"), so a pair only ranks readings (rank-places.ts, containerBonus). Four shapes say
// containment outright, so only readings inside count: "X in Y" (or "X, in Y"), "X (Y, Z)", "X district of Y province" and
// "Y's X region". A container is a country the report names or a name read as a state or province.
import type { GazetteerPlace } from "../../text/gazetteer/gazetteer.js";
import type { Candidate } from "./find-name-candidates.js";
import type { DivisionLevel } from "./places-lexicons.js";

export type Container = GazetteerPlace | { iso2: string; featureCode: "COUNTRY" };
/** Per name (keyed by its end offset): the place around it, and whether the text says so outright. */
export type Containers = { byEnd: Map<number, Container>; strict: Set<number> };

type Named = { candidate: Pick<Candidate, "start" | "end" | "evidence">; place?: GazetteerPlace };
type ContainerMention = { start: number; end: number; container: Container };

// Plain-word alternations: no nested quantifier, so the patterns stay linear.
const DIRECTION =
  "(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest)";
// "X in Y", and the appositive "X, in Y" ("in Victoria, in Cameroon's Southwest region").
const IN_GAP = new RegExp(`^,?\\s+in\\s+(?:the\\s+)?(?:${DIRECTION}\\s+)?$`, "i");
const PAREN_GAP = /^\s*\((?:[^(),\n]{1,40},\s*){0,2}$/;
const DIVISION_GAP = new RegExp(`^\\s+(\\p{L}+)\\s+(?:of|in)\\s+(?:the\\s+)?(?:${DIRECTION}\\s+)?$`, "iu");
const POSSESSIVE_GAP = new RegExp(`^[’']s?\\s+(?:${DIRECTION}\\s+)?$`, "i");
const PAIR_GAP = /^,\s{0,2}$/;
// "fighters from Aleppo in Turkey": where someone came from, not what contains the place.
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;

export function findContainers(
  named: readonly Named[],
  countries: readonly { start: number; end: number; iso2?: string }[],
  text: string,
  divisionWords: ReadonlyMap<string, DivisionLevel>,
): Containers {
  const mentions: ContainerMention[] = [
    ...countries.flatMap((e) =>
      e.iso2 ? [{ ...e, container: { iso2: e.iso2, featureCode: "COUNTRY" as const } }] : [],
    ),
    ...named.flatMap((r) =>
      r.place?.featureCode === "ADM1" ? [{ start: r.candidate.start, end: r.candidate.end, container: r.place }] : [],
    ),
  ];
  const found: Containers = { byEnd: new Map(), strict: new Set() };
  for (const { candidate: c, place } of named) {
    for (const m of mentions) {
      // Two states side by side are a list ("Texas, Oklahoma"), not one inside the other.
      if (m.start === c.start || (place?.featureCode === "ADM1" && m.container.featureCode === "ADM1")) continue;
      const shape = shapeOf(c, m, text, divisionWords);
      if (!shape || !isFiner(m.container, found.byEnd.get(c.end))) continue;
      found.byEnd.set(c.end, m.container);
      if (shape === "strict") found.strict.add(c.end);
      else found.strict.delete(c.end);
    }
  }
  return found;
}

function shapeOf(
  c: Named["candidate"],
  m: ContainerMention,
  text: string,
  divisionWords: ReadonlyMap<string, DivisionLevel>,
): "pair" | "strict" | undefined {
  if (m.end <= c.start && m.end >= c.start - 16)
    return POSSESSIVE_GAP.test(text.slice(m.end, c.start)) ? "strict" : undefined;
  if (m.start < c.end || m.start > c.end + 60) return undefined;
  const gap = text.slice(c.end, m.start);
  if (PAIR_GAP.test(gap)) return c.evidence.has("pair") ? "pair" : undefined;
  if (PAREN_GAP.test(gap)) return "strict";
  if (FROM_BEFORE.test(text.slice(Math.max(0, c.start - 10), c.start))) return undefined;
  if (IN_GAP.test(gap)) return "strict";
  const word = DIVISION_GAP.exec(gap)?.[1]?.toLowerCase();
  return word && divisionWords.has(word) ? "strict" : undefined;
}

/** A state or province is a finer container than a country; the nearest of equals is kept. */
function isFiner(next: Container, current: Container | undefined): boolean {
  return !current || next.featureCode === "ADM1" || current.featureCode === "COUNTRY";
}
