// "the southern port city of Aden", "the eastern town of Beni", "the northern Lebanese city of Tripoli": an
// appositive before a name says what kind of place it is and, through a demonym among its adjectives, which
// country holds it. So the name keeps only its populated-place readings (GeoNames PPL*), and among those the
// ones inside that country, when it has any: "town of Beni" is the Congolese town, not Bolivia's province;
// the Lebanese city of Tripoli is not Libya's capital. A name with no such reading keeps all it had.
import { countryByIso3 } from "../../countries.js";
import { phraseAlternation, readLexiconLines } from "../../lexicon.js";
import type { GazetteerPlace } from "../../text/gazetteer/gazetteer.js";

/** The part of a name candidate (find-name-candidates.ts) the frame reads. */
type Named = { start: number; places: GazetteerPlace[] };

/** "the (adjective)* (settlement word) of " right before a name: looked for in this many characters. */
const FRAME_CHARS = 80;

export type AppositiveFrame = { pattern: RegExp };

/** The frame's pattern: "the", up to four words, a settlement word (settlement-words.txt), "of", the name. */
export function loadAppositiveFrame(): AppositiveFrame {
  const words = phraseAlternation(readLexiconLines("places/settlement-words.txt").map((w) => w.trim()));
  return { pattern: new RegExp(`\\b(?:the|a)\\s+((?:[\\p{L}'’-]+\\s+){0,4}?)(?:${words})\\s+of\\s+$`, "iu") };
}

/** The readings the appositive before `c` leaves it, or its own when there is no frame or nothing is left. */
export function readAppositiveFrame(
  c: Named,
  text: string,
  frame: AppositiveFrame,
  countryDemonyms: ReadonlyMap<string, string>,
): GazetteerPlace[] {
  if (c.places.length < 2) return c.places;
  const m = frame.pattern.exec(text.slice(Math.max(0, c.start - FRAME_CHARS), c.start));
  if (!m) return c.places;
  const towns = keepIfAny(c.places, (p) => p.featureCode.startsWith("PPL"));
  const iso2 = m[1]
    .split(/\s+/)
    .map((w) => countryDemonyms.get(w))
    .map((iso3) => (iso3 ? countryByIso3(iso3)?.iso2 : undefined))
    .find((code) => code !== undefined);
  return iso2 ? keepIfAny(towns, (p) => p.iso2 === iso2) : towns;
}

function keepIfAny(places: GazetteerPlace[], keep: (p: GazetteerPlace) => boolean): GazetteerPlace[] {
  const kept = places.filter(keep);
  return kept.length > 0 ? kept : places;
}
