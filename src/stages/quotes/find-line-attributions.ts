// Attributions that live in the layout rather than in a verb: "NAME: content" lines (interview
// transcripts, "Poll: …" headlines) and a quote followed by a dash and a name ("“…” ― Rita Gomez",
// a pull quote's "– Pentagon spokesperson John Kirby").

import { findAllMatches } from "../../text/find-all-matches.js";
import type { Attribution } from "./attribution.js";
import type { Quotation } from "./find-quotations.js";

const COLON_LINE = /^["“]?(?<source>(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}):\s+(?<content>\S[^\n]*)$/gmu;
// Labels of the page layout, not speakers: "Correction: …", "The Latest: …", "Source: NATO."
const LAYOUT_LABEL =
  /^(?:corrections?|clarifications?|sources?|the latest|updates?|editor['’]s note|note|related|photos?|video|watch|read more|see also|advertisement)$/i;
const DASH_NAME = /^\s*(?<dash>[―—–-])\s*(?<source>\p{Lu}[^\n.“”"]{1,80}?)\s*(?:[.\n]|$)/u;

export function findLineAttributions(
  text: string,
  quotations: Quotation[],
  dashNameWindowChars: number,
): Attribution[] {
  const found: Attribution[] = [];
  for (const m of findAllMatches(text, COLON_LINE)) {
    if (LAYOUT_LABEL.test(m.groups!.source)) continue;
    const sourceAt = m.index! + m[0].indexOf(m.groups!.source);
    const source = { start: sourceAt, end: sourceAt + m.groups!.source.length };
    const contentStart = m.index! + m[0].length - m.groups!.content.length;
    found.push({
      source,
      cue: { start: source.end, end: source.end + 1 },
      content: { start: contentStart, end: m.index! + m[0].length },
      kind: "direct",
    });
  }
  for (const q of quotations) {
    const after = DASH_NAME.exec(text.slice(q.end, q.end + dashNameWindowChars));
    if (!after) continue;
    const dashAt = q.end + after[0].indexOf(after.groups!.dash);
    const sourceAt = q.end + after[0].indexOf(after.groups!.source);
    found.push({
      source: { start: sourceAt, end: sourceAt + after.groups!.source.trimEnd().length },
      cue: { start: dashAt, end: dashAt + 1 },
      content: { start: q.innerStart, end: q.innerEnd },
      kind: "direct",
    });
  }
  return found;
}
