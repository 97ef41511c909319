// "Russia launched 40 drones", "drones launched by Russia", "Russia's defence ministry said": a country named as
// the one who acts, or as the owner of a force or ministry, says whose people act, as a demonym does ("Russian
// drones"), not where anything happened. The report's focus country (find-report-country.ts) weighs such a
// mention as a demonym. A country inside a locative phrase, or owning a place ("Ukraine's Odesa region",
// "Nigeria's north-east"), stays a place.
import type { Doc, Span } from "../../doc.js";
import { isAreaWord } from "../../text/is-places-frame.js";
import { caseOf, headOf, headTokenOf, type ParseTree, readParseTree, relationOf, wordOf } from "./parse-tree.js";

/** "agent": a clause's subject or a passive's agent; "owner": the owner of what is not a place; else null. */
export type ActorRole = "agent" | "owner" | null;

export function actorRoleOf(doc: Doc, country: Span, tree: ParseTree = readParseTree(doc)): ActorRole {
  const owned = OWNER_AFTER.exec(doc.text.slice(country.end, country.end + 30))?.[1];
  if (owned) return isPlaceWord(owned) ? null : "owner";
  const token = headTokenOf(tree, country);
  return isActorByWords(doc.text, country) || (token >= 0 && isActorByTree(tree, token)) ? "agent" : null;
}

function isPlaceWord(word: string): boolean {
  return isAreaWord(word) || isDirectionWord(word.toLowerCase());
}

// The words say it where the parse is missing (a sentence the syntax stage skipped) or misled (a dateline
// read as the subject): "by Russia", "Russia's ministry", "Russia launched" (a past-tense or saying verb).
const AGENT_BEFORE = /\bby\s+(?:the\s+)?$/i;
const OWNER_AFTER = /^['’]s\s+(\p{L}+)/u;
const VERB_AFTER = /^\s+(?:\p{Ll}+ed|said|says|sent|struck|hit|fired|shot|has|had)\b/u;

function isActorByWords(text: string, country: Span): boolean {
  if (AGENT_BEFORE.test(text.slice(Math.max(0, country.start - 8), country.start))) return true;
  const after = text.slice(country.end, country.end + 30);
  return (
    VERB_AFTER.test(after) &&
    !/\b(?:in|at|near|to|from|into|across)\s+(?:the\s+)?$/i.test(
      text.slice(Math.max(0, country.start - 12), country.start),
    )
  );
}

function isActorByTree(tree: ParseTree, token: number): boolean {
  const relation = relationOf(tree, token);
  if (relation.startsWith("nsubj")) return true;
  if (relation.startsWith("obl") && caseOf(tree, token) === "by") return true;
  return false;
}

// "Nigeria's north-east", "Syria's south": the owned noun is a part of the country.
const DIRECTION = /^(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?$|^(?:centre|center|interior|border)s?$/;

function isDirectionWord(word: string): boolean {
  return DIRECTION.test(word);
}
