// A report names its places again and again ("Baghdad" in most paragraphs), and a stage looks each
// capitalised run up at every length (find-name-candidates.ts): the same names go to the gazetteer's
// binary search and row decoding many times a document. A stage wraps the gazetteer with this for one
// document, so each name is looked up once. Per document, not per process: the map stays small and
// goes with the document.
import type { Gazetteer, GazetteerPlace } from "./gazetteer.js";

/** `gazetteer` with its place lookups remembered; callers must not change the arrays it returns. */
export function rememberLookups(gazetteer: Gazetteer): Gazetteer {
  const places = new Map<string, GazetteerPlace[]>();
  return {
    ...gazetteer,
    lookupPlace(name) {
      let found = places.get(name);
      if (!found) {
        found = gazetteer.lookupPlace(name);
        places.set(name, found);
      }
      return found;
    },
  };
}
