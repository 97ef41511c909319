// What the classifier sees of one predicate: the grammar of its clause, not its topic. Auxiliaries, modals,
// negators, markers and determiners on the trigger and on the verbs it hangs on ("will", "not", "if", "no"),
// the verbs it is the complement or object of ("threatened to", "demanded the arrest"), the open-complement
// chain above it ("vowed to continue firing"), its part of speech and relation, and the words either side.
// The training labels also say who acted and whether the word names a police action at all ("the mob fired"
// is no police action), so training adds two nuisance features, the trigger word and its subject's word
// (findNuisanceFeatures): they soak up that part of the label, and the events stage leaves them out, since
// they say nothing about whether a conflict event took place.
import { hashString } from "../syntax/hash-feature.js";
import type { ParsedWords } from "./parsed-words.js";

// Children whose word carries mood, tense, polarity or definiteness (UD relations).
const FUNCTION_RELATIONS = /^(?:aux|aux:pass|cop|mark|advmod|det|neg|case|amod|nummod|expl)$/;
// "plan to keep firing" is two open complements up from "firing"; more is rare and often another clause.
const MAX_XCOMP_HOPS = 3;

/** The hashed clause features of the predicate at `token`: what the events stage scores. */
export function findHappenedFeatures(parse: ParsedWords, token: number): number[] {
  const governor = findGoverningVerb(parse, token);
  const names = ["bias", `tu:${parse.upos[token]}`];
  names.push(`tr:${parse.upos[token]}:${parse.deprels[token]}`);
  const heads = clauseHeads(parse, token, governor);
  heads.forEach((head, k) => addHeadFeatures(parse, head, k === 0 ? "t" : "g", names));
  addAboveFeatures(parse, heads[heads.length - 1], names);
  addWindowFeatures(parse, token, names);
  return names.map(hashString);
}

/** Training only: the trigger word and the words of its clause's subjects (who acted). */
export function findNuisanceFeatures(parse: ParsedWords, token: number): number[] {
  const governor = findGoverningVerb(parse, token);
  const names = [`t:${parse.words[token]}`];
  for (const head of clauseHeads(parse, token, governor))
    for (const child of parse.children[head])
      if (parse.deprels[child] === "nsubj") names.push(`s:${parse.words[child]}`);
  return names.map(hashString);
}

/** "carried out an attack", "the arrests took place": the verb an event noun is the object or subject of (read-predicate's rule). */
function findGoverningVerb(parse: ParsedWords, token: number): number {
  const head = parse.heads[token];
  if (head < 0 || !/^(?:NOUN|PROPN)$/.test(parse.upos[token]) || parse.upos[head] !== "VERB") return -1;
  return /^(?:obj|nsubj|nsubj:pass)$/.test(parse.deprels[token]) ? head : -1;
}

/** The trigger, the verb an event noun is an argument of, and the verb a conjunct shares its subject with. */
function clauseHeads(parse: ParsedWords, token: number, governor: number): number[] {
  const heads = [token];
  if (governor >= 0) heads.push(governor);
  const last = heads[heads.length - 1];
  if (parse.deprels[last] === "conj" && parse.heads[last] >= 0) heads.push(parse.heads[last]);
  return heads;
}

function addHeadFeatures(parse: ParsedWords, head: number, role: string, names: string[]) {
  names.push(`${role}r:${parse.deprels[head]}`);
  if (role !== "t") names.push(`${role}w:${parse.words[head]}`);
  for (const child of parse.children[head]) {
    const relation = parse.deprels[child];
    if (FUNCTION_RELATIONS.test(relation)) names.push(`${role}c:${relation}:${parse.words[child]}`);
    else names.push(`${role}c:${relation}`);
  }
}

/** The verbs above the clause: what it is the complement, object or clause of, up the open-complement chain. */
function addAboveFeatures(parse: ParsedWords, head: number, names: string[]) {
  let clause = head;
  for (let hops = 0; hops < MAX_XCOMP_HOPS; hops++) {
    const parent = parse.heads[clause];
    if (parent < 0) return;
    const relation = parse.deprels[clause];
    names.push(`p${hops}:${relation}:${parse.words[parent]}`, `p${hops}u:${relation}:${parse.upos[parent]}`);
    for (const child of parse.children[parent]) {
      const childRelation = parse.deprels[child];
      if (child !== clause && /^(?:aux|mark|advmod|neg)$/.test(childRelation))
        names.push(`p${hops}c:${childRelation}:${parse.words[child]}`);
    }
    if (!/^(?:xcomp|obj|conj|nmod|obl)/.test(relation)) return;
    clause = parent;
  }
}

function addWindowFeatures(parse: ParsedWords, token: number, names: string[]) {
  const word = (i: number) =>
    i >= 0 && i < parse.words.length && isSameSentence(parse, token, i) ? parse.words[i] : "_";
  names.push(`w-1:${word(token - 1)}`, `w-2:${word(token - 2)}`, `w+1:${word(token + 1)}`);
  names.push(`w-21:${word(token - 2)}:${word(token - 1)}`);
}

/** Tokens of the events stage's parse run across sentences; the window stops where a sentence's tree does. */
function isSameSentence(parse: ParsedWords, a: number, b: number): boolean {
  return rootOf(parse, a) === rootOf(parse, b);
}

function rootOf(parse: ParsedWords, i: number): number {
  let at = i;
  for (let steps = 0; parse.heads[at] >= 0 && steps < parse.words.length; steps++) at = parse.heads[at];
  return at;
}
