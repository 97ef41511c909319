// An institution's name often holds a country the country matcher claimed first: "National Bank of Poland",
// "Bank of Canada", "U.S. Treasury Department". The name finder then sees only "National Bank". Here the
// organisation span is widened over "of (the) <country>" after it, or over a country right before it, when
// the organisation is named by its own words ("Bank", "Department") and is no company ("... Corp of Korea"). The country span stays, so the
// country is still known; the wider organisation span is the name.
import type { Span } from "../../doc.js";

// "Kia Motor Corp of South Korea", "Karlsruhe of Germany": a company or a team with its country, not one name.
const COMPANY_ENDING = /\b(?:Corp|Corporation|Co|Inc|Ltd|Limited|Plc|SA|AG|NV|Group|Holdings)\.?$/;
const OF_BETWEEN = /^ of (?:the )?$/;

export function joinInstitutionNames(text: string, known: readonly Span[], names: Span[]): Span[] {
  const countries = known.filter((s) => s.label === "COUNTRY");
  return names.map((name) => {
    if (name.label !== "ORG") return name;
    const isInstitution = isNamedByOwnWords(name) && !COMPANY_ENDING.test(text.slice(name.start, name.end));
    const after = isInstitution ? countries.find((c) => c.start > name.end && OF_BETWEEN.test(text.slice(name.end, c.start))) : undefined;
    const before = isInstitution ? countries.find((c) => c.end < name.start && text.slice(c.end, name.start) === " ") : undefined;
    if (!after && !before) return name;
    const start = before ? before.start : name.start;
    const end = after ? after.end : name.end;
    return { ...name, start, end, by: `${name.by}+country`, data: { ...name.data, name: text.slice(start, end) } };
  });
}

function isNamedByOwnWords(span: Span): boolean {
  return span.by === "entities/names:org-word";
}
