// Descriptions of actors that are not names: "Iranian-backed militias", "Shiite militias sponsored by
// Iran" (ACTOR_DESCRIPTION, data {description, affiliation: iso3}), and anonymous sources "a US
// official", "a former US military official", "State Department officials" (SOURCE_DESCRIPTION, data
// {role, institution, former}). They describe who acted or spoke; they are not new actors.
import type { LayerSpan } from "../../doc.js";
import { readLexiconTable } from "../../lexicon.js";
import { findAllMatches } from "../../text/find-all-matches.js";
import { scanLetterRuns } from "./scan-word-spans.js";

/** Description nouns, and the ACLED inter code of those that are Phoenix agents. */
export type DescriptionNouns = { nouns: Map<string, "actor" | "source">; agentInter: Map<string, number> };

/** The curated nouns, plus one-word Phoenix agents of armed kinds (state forces, rebels, militias). The
 * entities stage reads them once (entity-lexicons.ts). */
export function loadDescriptionNouns(): DescriptionNouns {
  const agentInter = new Map<string, number>();
  for (const row of readLexiconTable("actors/phoenix-agents.tsv")) {
    if (!row.agent.includes(" ") && ["1", "2", "3"].includes(row.inter)) agentInter.set(row.agent, Number(row.inter));
  }
  const nouns = new Map<string, "actor" | "source">([...agentInter.keys()].map((a) => [a, "actor" as const]));
  for (const r of readLexiconTable("actors/description-words.tsv")) nouns.set(r.word, r.kind as "actor" | "source");
  return { nouns, agentInter };
}

const BACKED =
  /^[-‐–\s]?(?:backed|sponsored|supported|aligned|allied|funded|armed|linked)\s+((?:[\p{L}’'-]+\s+){0,2}?)([\p{L}]+)/u;
const SPONSOR_BEFORE =
  /((?:[\p{Lu}][\p{L}’'-]*\s+)?([\p{L}]+))(\s+(?:(?:that|who)\s+are\s+)?(?:backed|sponsored|supported|funded|armed)\s+by\s+)$/u;
const SPONSORED_BY = /^\s+(?:(?:that\s+are|who\s+are)\s+)?(?:backed|sponsored|supported|funded|armed)\s+by\s+$/u;
// Before "official(s)": an optional determiner, "former"/"senior"..., up to three capitalised words (the
// institution: "US", "State Department") and an institution noun ("military"), each optional.
const SOURCE_BEFORE =
  /(?:\b([Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Oo]ther)\s+)?((?:[Ff]ormer|senior|top|high-ranking|local|[Ww]estern)\s+)?((?:\p{Lu}[\p{L}.’'-]*\s+){0,3})((?:military|defen[cs]e|security|intelligence|government|administration|police|army|state)\s+)?$/u;

export function findActorDescriptions(
  text: string,
  entities: readonly LayerSpan<"entities">[],
  descriptions: DescriptionNouns,
): LayerSpan<"entities">[] {
  const lex = descriptions.nouns;
  const spans: LayerSpan<"entities">[] = [];
  for (const e of entities) {
    if (e.label !== "NORP" && e.label !== "COUNTRY") continue;
    const m = BACKED.exec(text.slice(e.end, e.end + 60));
    if (m && lex.get(m[2].toLowerCase()) === "actor") {
      spans.push(description(e.start, e.end + m[0].length, m[2], e, descriptions.agentInter));
    }
  }
  // "Shiite militias sponsored by Iran": the noun, then "sponsored by", then the country.
  for (const e of entities) {
    if (e.label !== "COUNTRY") continue;
    const before = text.slice(Math.max(0, e.start - 80), e.start);
    // SPONSOR_BEFORE ends in "by" and a blank: most countries follow no "by", and the pattern, anchored at
    // the end, would be tried from every position of the window first.
    const trimmed = before.trimEnd(); // trimEnd drops exactly what \s matches
    if (trimmed.length === before.length || !/\sby$/.test(trimmed.slice(-3))) continue;
    const m = SPONSOR_BEFORE.exec(before);
    if (m && lex.get(m[2].toLowerCase()) === "actor" && SPONSORED_BY.test(m[3])) {
      spans.push(description(e.start - m[0].length, e.end, m[2], e, descriptions.agentInter));
    }
  }
  return spans;
}

function description(
  start: number,
  end: number,
  noun: string,
  affiliate: LayerSpan<"entities">,
  agentInter: ReadonlyMap<string, number>,
): LayerSpan<"entities"> {
  const inter = agentInter.get(noun.toLowerCase()) ?? agentInter.get(singular(noun.toLowerCase()));
  const data = { description: noun.toLowerCase(), affiliation: affiliate.data?.iso3, ...(inter ? { inter } : {}) };
  return { start, end, label: "ACTOR_DESCRIPTION", by: "entities/actor-description", data };
}

/** "a US official", "a former US military official", "State Department officials", "military officials". */
export function findSourceDescriptions(text: string, descriptions: DescriptionNouns): LayerSpan<"entities">[] {
  const lex = descriptions.nouns;
  const spans: LayerSpan<"entities">[] = [];
  const runs = scanLetterRuns(text); // the matches of /\p{L}+/gu
  for (let k = 0; k < runs.length; k += 2) {
    const word = text.slice(runs[k], runs[k + 1]);
    if (lex.get(word) !== "source") continue; // lower case only: "Officer Smith" is a name
    const [start, end] = [runs[k], runs[k + 1]];
    if (/^\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))) continue; // "spokesman John Kirby": named, not anonymous
    const found = SOURCE_BEFORE.exec(sentenceHead(text.slice(Math.max(0, start - 80), start)));
    if (!found?.[0]) continue;
    const [, determiner, former, caps, noun] = found;
    const institution = `${caps ?? ""}${noun ?? ""}`.trim();
    // "the officials" alone names no institution; "an official" at least says someone spoke.
    if (!institution && !/^(?:an?|one)$/i.test(determiner ?? "")) continue;
    spans.push({
      start: start - found[0].length,
      end,
      label: "SOURCE_DESCRIPTION",
      by: "entities/source-description",
      data: { role: singular(word), institution: institution || undefined, former: !!former && /former/i.test(former) },
    });
  }
  return spans;
}

/** The part of `head` in the current sentence: "Iran. A US" -> "A US" ("U.S. officials" keeps "U.S."). */
function sentenceHead(head: string): string {
  const breaks = findAllMatches(head, /[.!?]["”’]?\s+(?=\p{Lu})|\n/gu);
  const last = breaks[breaks.length - 1];
  return last ? head.slice(last.index! + last[0].length) : head;
}

function singular(word: string): string {
  return word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}
