// Word tokens with offsets, cut the way CoNLL-2003's Reuters text is (the recogniser was trained on it):
// punctuation apart, "'s" apart, abbreviations ("U.S.", "Corp.", "J.") and numbers ("1,200.5") whole,
// hyphenated words whole. Offsets are UTF-16 code units of the text, like every span in sitrep.
// Kept small and local: the UD-style tokenizer of src/text/syntax/ may replace it.
import { findAllMatches } from "../find-all-matches.js";

export type Token = { start: number; end: number; text: string };

// A short list: only abbreviations that precede a name ("Gen. Ali", "Acme Corp.") matter to the recogniser.
const ABBREVIATIONS =
  "Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Maj|Capt|Sgt|Cpl|Adm|Brig|Rep|Sen|Gov|Pres|Prof|Rev|Gov|Inc|Corp|Co|Ltd|Bros|No|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|" +
  // US states as newspapers abbreviate them ("Tulsa, Okla.").
  "Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo";

const TOKEN = new RegExp(
  [
    `\\p{L}(?:\\.\\p{L})+\\.?(?:-[\\p{L}\\p{N}]+)*`, // U.S., U.N., U.S.A., U.S.-led
    `(?:${ABBREVIATIONS}|${ABBREVIATIONS.toUpperCase()})\\.(?=[\\s,;:)-])`, // Gen. Corp. Fla. ST. (headlines in capitals)
    `\\p{Lu}\\.(?=\\s+\\p{Lu})`, // an initial: J. Smith
    `\\d+(?:[-.,:/]\\d+)*(?:-?\\p{L}+(?:-\\p{L}+)*)?`, // 1,200.5  10:30  1996-08-30  1990s  26-year-old
    `['’](?:[sSmMdD]|ll|LL|re|RE|ve|VE)(?![\\p{L}\\p{N}])`, // the possessive and contractions apart
    `-{2,}|\\.{2,}`, // a dash written as two hyphens, an ellipsis
    `n['’]t(?![\\p{L}])`,
    `[\\p{L}\\p{M}\\p{N}]+(?:(?:[-&]|['’](?!(?:[sSmMdD]|ll|LL|re|RE|ve|VE)(?![\\p{L}\\p{N}])))[\\p{L}\\p{M}\\p{N}]+)*`, // words, O'Neill, Nigerian-born
    `[^\\s\\p{L}\\p{M}\\p{N}]`, // any other character alone
  ].join("|"),
  "gu",
);

/** The tokens of text[start, end). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const part = text.slice(start, end);
  for (const match of findAllMatches(part, TOKEN)) {
    const at = start + (match.index ?? 0);
    tokens.push({ start: at, end: at + match[0].length, text: match[0] });
  }
  return tokens;
}
