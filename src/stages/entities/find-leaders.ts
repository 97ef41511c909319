// Heads of state and government and senior ministers (lexicon/actors/leaders.tsv) named in the text:
// "President Joe Biden", "Biden", "the Trump administration" stand for their country's government, an
// ACTOR with the country's iso3 and inter 1, as the actor tables code governments and their forces.
// A surname alone ("Biden") counts only capitalised and standing alone, so "Hunter Biden" and "biden"
// are not the president; "X administration" / "government" / "cabinet" is the government itself.

import { loadCountries } from "../../countries.js";
import type { LayerSpan } from "../../doc.js";
import { readLexiconTable } from "../../lexicon.js";
import { overlapsAny } from "../../text/span-overlap.js";
import {
  type AliasMatcher,
  type AliasWords,
  buildAliasMatcher,
  splitAliasWords,
  splitBlankedAliasWords,
} from "./build-alias-matcher.js";
import { isTitleWord, type NameLexicons } from "./name-lexicons.js";

export type Leader = { person: string; iso3: string; office: string; from: number; to?: number; government: string };

/** Leaders by full name and by surname alone; the entities stage builds them once (entity-lexicons.ts). */
export type LeaderMatchers = { full: AliasMatcher<Leader>; short: AliasMatcher<Leader> };

const DAY =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const GOVERNMENT_AFTER = /^[\s-]+(?:administration|government|cabinet|regime)\b/i;

export function loadLeaderMatchers(): LeaderMatchers {
  const countries = new Map(loadCountries().map((c) => [c.iso3, c.name]));
  const rows = readLexiconTable("actors/leaders.tsv").map((row) => {
    const leader: Leader = {
      person: row.person,
      iso3: row.country,
      office: row.office,
      from: Number(row.from),
      ...(row.to ? { to: Number(row.to) } : {}),
      government: governmentName(countries.get(row.country) ?? row.country),
    };
    return { row, leader };
  });
  return {
    full: buildAliasMatcher(
      rows.map(({ row, leader }) => ({ aliases: [row.person, ...split(row.aliases)], entry: leader })),
    ),
    short: buildAliasMatcher(rows.map(({ row, leader }) => ({ aliases: split(row.short), entry: leader }))),
  };
}

/** `text` with every "’s" after a letter blanked. The letter is tested after the match: a lookbehind that
 * opens the pattern is tried at every position of the text, and this runs over the whole report. */
function blankPossessives(text: string): string {
  // Two code units before: the letter may be a surrogate pair.
  return text.replace(POSSESSIVE, (ending, at: number) =>
    LETTER_BEFORE.test(text.slice(Math.max(0, at - 2), at)) ? "  " : ending,
  );
}

const POSSESSIVE = /['’]s\b/gu;
const LETTER_BEFORE = /\p{L}$/u;

function split(cell: string): string[] {
  return cell.split("|").filter(Boolean);
}

/** ACLED's form: "Government of the United States", "Government of Iraq". */
function governmentName(country: string): string {
  return /^(?:United|Democratic|Central African|Dominican|Czech|Netherlands|Philippines|Gambia|Bahamas)/.test(country)
    ? `Government of the ${country}`
    : `Government of ${country}`;
}

/** `textWords`: splitAliasWords(text), when the caller has them (the words without a possessive are reused). */
export function findLeaders(
  text: string,
  { full, short }: LeaderMatchers,
  lex: NameLexicons,
  textWords?: AliasWords,
): LayerSpan<"entities">[] {
  // "Biden’s" is one word to the alias matcher: blank the possessive ending, keeping every offset.
  const plain = blankPossessives(text);
  const words = textWords ? splitBlankedAliasWords(textWords, plain) : splitAliasWords(plain);
  const whole = full.find(plain, words);
  const alone = short
    .find(plain, words)
    .filter((m) => isStandingAlone(text, m.start, m.end, lex) && !overlapsAny(whole, m));
  return [...whole, ...alone].map(({ start, end, entry }) => {
    const government = GOVERNMENT_AFTER.exec(text.slice(end));
    return {
      start,
      end: government ? end + government[0].length : end,
      label: "ACTOR",
      by: "entities/leaders",
      data: {
        name: entry.government,
        iso3: entry.iso3,
        inter: 1,
        person: entry.person,
        office: entry.office,
        ...(government ? { institution: government[0].trim().toLowerCase() } : {}),
      },
    };
  });
}

/** "Biden", "President Biden", "Biden’s": capitalised, with no other name word right before or after it. */
function isStandingAlone(text: string, start: number, end: number, lex: NameLexicons): boolean {
  if (!/^\p{Lu}/u.test(text.slice(start, end))) return false;
  const before = /(?<![\p{L}.'’-])([\p{L}.'’-]+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = /^\s+([\p{L}'’-]+)/u.exec(text.slice(end, end + 40))?.[1];
  const isName = (w: string | undefined) =>
    !!w && /^\p{Lu}/u.test(w) && !isTitleWord(w, lex) && !lex.commonWords.has(w.toLowerCase()) && !DAY.test(w);
  // A full stop after a longer word ends the previous sentence ("... in Iraq. Biden said"); "J." is an initial.
  return !(isName(before) && !/(?<!\p{L})\p{L}{2,}\.$/u.test(before!)) && !isName(after);
}
