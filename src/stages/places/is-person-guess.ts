// "Robertson said", "since Obama took office": the entities stage labels a name LOC when the gazetteer knows a
// town of that name, which tells the places stage nothing the gazetteer does not. Where the recogniser reads
// the very same words as a person and the text gives no other sign of a place (no "in X", no "X, State"),
// a small town of that one word needs more evidence than that guess: it is the person. States, districts and big
// cities keep their reading ("Connecticut", "Henderson" beside its county): the recogniser's person there is
// the weaker guess.
import type { Span } from "../../doc.js";
import type { Candidate } from "./find-name-candidates.js";

// The entities stage's rule for a name it calls LOC only because the gazetteer knows it.
const GAZETTEER_GUESS = "entities/names:gazetteer";
// Evidence that the text itself frames the name as a place (find-name-candidates.ts).
const FRAMES = ["locative", "pair", "abbreviation", "institution", "hyphen-pair", "state-word"] as const;

export function isPersonGuess(
  c: Candidate,
  entities: readonly Span[],
  ner: readonly Span[],
  bigCityPopulation: number,
): boolean {
  // "Abu Kamal", "Ras Lanuf": a name of several words reads like a person's to the recogniser more often than
  // a surname does like a town's.
  if (/\s/.test(c.name) || FRAMES.some((f) => c.evidence.has(f))) return false;
  const isSame = (s: Span) => s.start === c.start && s.end === c.end;
  if (!ner.some((s) => s.label === "PER" && isSame(s))) return false;
  if (!entities.some((e) => e.label === "LOC" && e.by === GAZETTEER_GUESS && isSame(e))) return false;
  return !c.places.some(
    (p) => p.featureCode === "ADM1" || p.featureCode === "ADM2" || p.population >= bigCityPopulation,
  );
}
