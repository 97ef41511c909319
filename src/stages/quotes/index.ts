// Quotes and attribution: who says what. Each attribution is a QUOTE span over its content, with the
// source and cue offsets in data; anonymous sources ("a US official") are marked as such.
import { withLayer, type Doc, type LayerSpan } from "../../doc.js";
import type { Stage } from "../../stage.js";
import { findAttributions } from "./find-attributions.js";

const ANONYMOUS = /^(?:an?|one|two|several|some|other|another|the)\s+(?:(?:senior|former|current|top|local|military|defense|defence|security|intelligence|government|state|US|U\.S\.|American|Iraqi|Syrian|Iranian|Israeli|Western)\s+)*(?:officials?|sources?|diplomats?|spokesm[ae]n|spokespersons?|aides?|analysts?|residents?|witnesses?|people)\b/i;

export function findQuotes(doc: Doc): LayerSpan<"quotes">[] {
  return findAttributions(doc).map((a) => {
    const source = doc.text.slice(a.source.start, a.source.end);
    return {
      start: a.content.start,
      end: a.content.end,
      label: "QUOTE",
      by: `quotes/${a.kind}`,
      data: { kind: a.kind, source: a.source, cue: a.cue, sourceText: source, isAnonymous: ANONYMOUS.test(source) },
    };
  });
}

export const quotesStage: Stage = {
  name: "quotes",
  needs: ["sentences"],
  makes: ["quotes"],
  run: (doc: Doc) => withLayer(doc, "quotes", findQuotes(doc)),
};
