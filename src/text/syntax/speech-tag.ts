// "Jets bombed an arms cache near the port on Thursday, the army said.": news closes many sentences with a
// speech tag. Reading left to right, the greedy parser often takes the reported clause's object or subject
// for the subject of "said" (two subjects for one verb) and hangs the clause's place and time on "said".
// The reported clause is a sentence of its own, so it is parsed alone, the tag alone, and the two are joined
// as UD English EWT annotates such sentences: the clause's root a ccomp of the tag's verb, the comma the
// clause's punctuation, the verb the root. The labeller then names every arc over the whole sentence.
import { readLexiconLines } from "../../lexicon.js";

// Parts of speech a tag holds besides its verb: its speaker ("a local official", "police", "he"), an
// auxiliary ("has said"), and a day or channel after the verb ("on Tuesday", "in a statement").
const TAG_WORDS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "ADP", "AUX", "PART"]);
const SPEAKERS = new Set(["NOUN", "PROPN", "PRON"]);
// Longest tag read (words between the comma and the full stop): a speaker with a title and a day.
const MAX_TAG_WORDS = 12;
// Shortest reported clause split off: a subject, a verb and an object.
const MIN_CLAUSE_WORDS = 3;

export function loadSpeechTagVerbs(): ReadonlySet<string> {
  return new Set(readLexiconLines("syntax/speech-tag-verbs.txt").map((line) => line.trim()));
}

/** The comma that opens the sentence's closing speech tag, and the tag's verb (0-based words), or null. */
export function findSpeechTag(
  words: readonly string[],
  upos: readonly string[],
  verbs: ReadonlySet<string>,
): { comma: number; verb: number } | null {
  const end = words.length - 1;
  if (end < MIN_CLAUSE_WORDS + 3 || words[end] !== ".") return null;
  let verb = -1;
  for (let i = end - 1; i >= end - MAX_TAG_WORDS && i > MIN_CLAUSE_WORDS; i--) {
    if (words[i] === ",")
      return verb >= 0 && hasSpeaker(upos, i + 1, end) && isClause(upos, i) ? { comma: i, verb } : null;
    if (upos[i] === "VERB") {
      if (verb >= 0 || !verbs.has(words[i].toLowerCase())) return null;
      verb = i;
    } else if (!TAG_WORDS.has(upos[i])) return null;
  }
  return null;
}

function hasSpeaker(upos: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SPEAKERS.has(upos[i])) return true;
  return false;
}

/** The words before the comma hold a verb: a clause, not a list of names ("Smith, Jones and Lee, he said"). */
function isClause(upos: readonly string[], comma: number): boolean {
  for (let i = 0; i < comma; i++) if (upos[i] === "VERB" || upos[i] === "AUX") return true;
  return false;
}

/**
 * Heads of the whole sentence (1-based, 0 the root, index 0 unused) from the clause's parse (words before the
 * comma) and the tag's (words after it), or null when the tag's parse does not make its verb the root.
 */
export function joinSpeechTag(
  clause: ArrayLike<number>,
  tag: ArrayLike<number>,
  comma: number,
  verb: number,
): Int32Array | null {
  const offset = comma + 1;
  if (tag[verb - offset + 1] !== 0) return null;
  const heads = new Int32Array(clause.length + tag.length);
  let root = 0;
  for (let i = 1; i < clause.length; i++) {
    heads[i] = clause[i] === 0 ? verb + 1 : clause[i];
    if (clause[i] === 0 && root === 0) root = i;
  }
  heads[comma + 1] = root;
  for (let j = 1; j < tag.length; j++) heads[offset + j] = tag[j] === 0 ? 0 : tag[j] + offset;
  return heads;
}
