// "In Libya, rebels began ... after an errant NATO air strike on rebel tanks": a round-up of several countries
// whose report country is another. When the event has no stated place, the one country its first mention's
// sentence names owns the actors the text describes without placing them ("rebel" -> an armed group of Libya),
// before the report's country. Two countries in the sentence say nothing: the report's country decides. A
// demonym ("an errant French air strike") says whose, not where, so it names no country here; nor does a
// people's name that a town abroad shares ("Arab gunmen", is-people-word.ts).
const DEMONYM = "ADJECTIVAL";

import { type Doc, spansOf } from "../../doc.js";
import type { Incident } from "./incident.js";
import { isPeopleWord } from "./is-people-word.js";
import type { Country } from "./name-generic-actor.js";

export function findSentenceCountry(doc: Doc, incident: Incident): Country | null {
  const sentence = spansOf(doc, "sentences")[incident.mentions[0].sentence];
  const named = new Map<string, Country>();
  for (const place of spansOf(doc, "places")) {
    const { country, iso3 } = place.data ?? {};
    if (
      place.label === DEMONYM ||
      isPeopleWord(doc, place) ||
      place.start < sentence.start ||
      place.end > sentence.end ||
      !country ||
      !iso3
    )
      continue;
    named.set(iso3, { name: country, iso3 });
  }
  return named.size === 1 ? [...named.values()][0] : null;
}
