// "The U.S. military said", "Israel's army": an actor the entities layer named with its country in front.
// The country's name is a toponym (annotated corpora such as LGL count it) but part of how the actor is
// named, not where something happened, so it is labelled IN_NAME, which the events stage does not read.

import { countryByName } from "../../countries.js";
import type { LayerSpan, Span } from "../../doc.js";
import type { Gazetteer } from "../../text/gazetteer/gazetteer.js";
import { countrySpan } from "./make-place-span.js";

/** An IN_NAME country span for the country name that opens each ACTOR span ("U.S." in "U.S. military"). */
export function findActorCountries(
  entities: readonly Span[],
  text: string,
  gazetteer: Gazetteer,
): LayerSpan<"places">[] {
  const spans: LayerSpan<"places">[] = [];
  for (const e of entities) {
    if (e.label !== "ACTOR") continue;
    const words = [...text.slice(e.start, e.end).matchAll(/[^\s]+/g)];
    const i = /^the$/i.test(words[0]?.[0] ?? "") ? 1 : 0;
    // Longest leading run of up to three words that names a country ("United States Army", "U.S. troops").
    for (let n = Math.min(3, words.length - i - 1); n >= 1; n--) {
      const first = words[i];
      const last = words[i + n - 1];
      const name = text.slice(e.start + first.index!, e.start + last.index! + last[0].length).replace(/[’']s$/, "");
      const country = countryByName(name);
      if (!country || !/^\p{Lu}/u.test(name)) continue;
      const start = e.start + first.index!;
      spans.push(
        countrySpan(
          { start, end: start + name.length, by: "places/actor-country" },
          country.iso3,
          gazetteer,
          "in-name",
        ),
      );
      break;
    }
  }
  return spans;
}
