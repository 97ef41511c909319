import { type Doc, type Span, spansOf } from "../../doc.js";

/**
 * "marched in Port Sudan": a country's name that is only part of a longer place's name names that place,
 * not the country, so it is no actor (no "Military Forces of Sudan" from a town's name).
 */
export function isInsidePlaceName(doc: Doc, entity: Span): boolean {
  return spansOf(doc, "places").some(
    (p) => p.start <= entity.start && p.end >= entity.end && p.end - p.start > entity.end - entity.start,
  );
}
