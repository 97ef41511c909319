// "Masked Arab gunmen attacked a village": a word the entities stage reads as a people, religion or creed
// (lexicon/names/group-words.txt, CoNLL's MISC) says whose men act, not where. The gazetteer may still hold a
// town of that name on another continent (Arab, Alabama); such a place names no country for the event's actors.
import type { Doc, Span } from "../../doc.js";
import { spansOf } from "../../doc.js";

const PEOPLE_WORD_RULE = "entities/names:group-word";

/** Whether the entities stage reads exactly these words as a people's name rather than a place. */
export function isPeopleWord(doc: Doc, place: Span): boolean {
  return spansOf(doc, "entities").some(
    (e) => e.by === PEOPLE_WORD_RULE && e.start === place.start && e.end === place.end,
  );
}
