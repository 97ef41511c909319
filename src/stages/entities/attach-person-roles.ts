// A person's role and organisation from the words before the name: "Pentagon spokesman John Kirby" ->
// {role: "spokesman", organization: "Pentagon"}; "President Biden" -> {role: "president"}. Honorifics
// (Mr, Dr) are not roles. The organisation is the run of capitalised words right before the role words.
import type { LayerSpan } from "../../doc.js";
import { isTitleWord, type NameLexicons } from "./name-lexicons.js";
import type { EntitiesSettings } from "./settings.js";

const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"]);

export function attachPersonRoles(
  text: string,
  spans: LayerSpan<"entities">[],
  settings: EntitiesSettings,
  lex: NameLexicons,
): LayerSpan<"entities">[] {
  return spans.map((span) => {
    if (span.label !== "PERSON") return span;
    const line =
      text
        .slice(Math.max(0, span.start - settings.roleWindowChars), span.start)
        .split("\n")
        .pop() ?? "";
    const words = line.trimEnd().split(/\s+/).filter(Boolean);
    let i = words.length;
    while (i > 0 && isTitleWord(words[i - 1], lex)) i -= 1;
    const role = words.slice(i).join(" ").toLowerCase().replace(/\.$/, "");
    if (!role || HONORIFICS.has(role)) return span;
    let j = i;
    while (j > 0 && i - j < settings.maxOrganizationWords && /^\p{Lu}/u.test(words[j - 1])) j -= 1;
    const organization =
      words
        .slice(j, i)
        .join(" ")
        .replace(/[’']s$/, "") || undefined;
    return { ...span, data: { ...span.data, role, ...(organization ? { organization } : {}) } };
  });
}
