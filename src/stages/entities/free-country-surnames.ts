// A country's name is also a surname: "Neil Jordan", "Peter Ireland", "Sam Chad". After a first name the
// country matcher's reading is wrong, and so is it wherever else the same report names the person alone
// ("Jordan said", "Holland was moved"). Such country spans are dropped before the name finder runs, so it
// reads "Neil Jordan" as a person and the later "Jordan" by the surname it remembers.
import type { LayerSpan } from "../../doc.js";
import { isLocativeFrame } from "../../text/is-places-frame.js";
import type { NameLexicons } from "./name-lexicons.js";

const NAME_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) $/u;

export function freeCountrySurnames(
  text: string,
  known: LayerSpan<"entities">[],
  lex: NameLexicons,
): LayerSpan<"entities">[] {
  const surnames = new Set<string>();
  for (const span of known) {
    if (span.label !== "COUNTRY" || /\s/.test(text.slice(span.start, span.end))) continue;
    const first = NAME_BEFORE.exec(text.slice(Math.max(0, span.start - 30), span.start))?.[1];
    if (
      first &&
      isPersonalName(first, lex) &&
      !known.some((k) => k.end <= span.start && k.end > span.start - first.length - 1)
    ) {
      surnames.add(text.slice(span.start, span.end));
    }
  }
  // "crossed from Jordan": after a locative word the country keeps its reading.
  const isSurname = (s: LayerSpan<"entities">) =>
    s.label === "COUNTRY" && surnames.has(text.slice(s.start, s.end)) && !isLocativeFrame(text, s.start);
  return surnames.size ? known.filter((s) => !isSurname(s)) : known;
}

/** "Neil", "Trevor": a first name that is no ordinary word ("Will", "May") and no people's name. */
function isPersonalName(word: string, lex: NameLexicons): boolean {
  const isFirstName = lex.firstNames.has(word) || lex.wideFirstNames.has(word);
  return (
    isFirstName && !lex.commonWords.has(word.toLowerCase()) && !lex.groupWords.has(word) && !lex.notNames.has(word)
  );
}
