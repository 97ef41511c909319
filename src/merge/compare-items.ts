// Whether two records can be one incident (hard rules: nothing contradicts) and how strongly they look
// like one (a score from agreements). Hard rules come first so that similar wording never joins strikes on
// different days, in distant places, or by different actors.

import { measureJaccard } from "./content-words.js";
import type { MergeItem } from "./merge-item.js";
import type { MergeSettings } from "./merge-settings.js";

/** Names are lower-cased in merge items (merge-item.ts). */
const UNIDENTIFIED = "unidentified armed group";

export function isCompatible(a: MergeItem, b: MergeItem, settings: MergeSettings): boolean {
  if (!settings.mergeWithinDocument && sharesAny(a.documentIds, b.documentIds)) return false;
  return (
    hasCompatibleTypes(a, b, settings) &&
    hasOverlappingDates(a, b, settings) &&
    hasCompatiblePlaces(a, b, settings) &&
    hasCompatibleActors(a, b)
  );
}

/** Agreement score; meaningful only for compatible items. */
export function scorePair(a: MergeItem, b: MergeItem, settings: MergeSettings): number {
  let score = settings.textWeight * measureJaccard(a.words, b.words);
  if (isSamePlace(a, b, settings)) score += settings.placeBonus;
  if (sharesAny(a.actors1, b.actors1) || sharesAny(a.actors2, b.actors2)) score += settings.actorBonus;
  if (a.subEventType && a.subEventType === b.subEventType) score += settings.subTypeBonus;
  if (sharesAny(a.triggers, b.triggers))
    score += !a.eventType && !b.eventType ? settings.untypedTriggerBonus : settings.triggerBonus;
  if (a.timePrecision === 1 && b.timePrecision === 1 && a.dayStart !== null && a.dayStart === b.dayStart)
    score += settings.sameDayBonus;
  return score;
}

/** Linked: compatible, scoring enough, and agreeing on something besides wording (similar sentences alone
 * describe two strikes as easily as one, and two events of one sentence share all their words). */
export function isLinked(a: MergeItem, b: MergeItem, settings: MergeSettings): boolean {
  if (!isCompatible(a, b, settings) || !hasAgreement(a, b, settings)) return false;
  const isDated = a.dayStart !== null && b.dayStart !== null;
  const isUndatedPair = a.dayStart === null && b.dayStart === null;
  if (isDated || (isUndatedPair && !settings.undatedNeedsPlaceAndActor))
    return scorePair(a, b, settings) >= settings.minLinkScore;
  // An undated side: no date can contradict, so place, actors and wording must all agree.
  const sharesActor = sharesAny(a.actors1, b.actors1) || sharesAny(a.actors2, b.actors2);
  return isSamePlace(a, b, settings) && sharesActor && scorePair(a, b, settings) >= settings.undatedMinLinkScore;
}

/** Whether an undated record can link to anything at all: without a place or an actor it can show neither. */
export function canLinkUndated(item: MergeItem, settings: MergeSettings): boolean {
  if (!settings.undatedNeedsPlaceAndActor) return true;
  const hasPlace = item.location !== null || (item.latitude !== null && item.longitude !== null);
  return hasPlace && (item.actors1.size > 0 || item.actors2.size > 0);
}

/** Where an undated record's event can lie: the lookback days up to its earliest report, or anywhere when undated reports. */
export function findUndatedWindow(item: MergeItem, settings: MergeSettings): { from: number; to: number } | null {
  if (item.dayStart !== null || item.publishedDay === null) return null;
  return { from: item.publishedDay - settings.undatedLookbackDays, to: item.publishedDay };
}

function hasAgreement(a: MergeItem, b: MergeItem, settings: MergeSettings): boolean {
  return (
    isSamePlace(a, b, settings) ||
    sharesAny(a.actors1, b.actors1) ||
    sharesAny(a.actors2, b.actors2) ||
    (!!a.subEventType && a.subEventType === b.subEventType) ||
    sharesAny(a.triggers, b.triggers)
  );
}

function hasCompatibleTypes(a: MergeItem, b: MergeItem, settings: MergeSettings): boolean {
  if (!a.eventType || !b.eventType || a.eventType === b.eventType) return true;
  return settings.compatibleTypes.some((group) => group.includes(a.eventType!) && group.includes(b.eventType!));
}

function hasOverlappingDates(a: MergeItem, b: MergeItem, settings: MergeSettings): boolean {
  // Two undated records: each event lies in the lookback before its report, so the reports must come out
  // within a lookback of each other (a report with no date of its own can lie anywhere).
  if (a.dayStart === null && b.dayStart === null)
    return (
      a.publishedDay === null ||
      b.publishedDay === null ||
      Math.abs(a.publishedDay - b.publishedDay) <= settings.undatedLookbackDays
    );
  if (a.dayStart === null || b.dayStart === null) {
    const [undated, dated] = a.dayStart === null ? [a, b] : [b, a];
    const window = findUndatedWindow(undated, settings);
    const slack = settings.dayToleranceByPrecision[dated.timePrecision ?? 3];
    return (
      !window || (dated.dayStart! - slack <= window.to && window.from <= (dated.dayEnd ?? dated.dayStart!) + slack)
    );
  }
  const slack = Math.max(
    settings.dayToleranceByPrecision[a.timePrecision ?? 3],
    settings.dayToleranceByPrecision[b.timePrecision ?? 3],
  );
  return a.dayStart - slack <= (b.dayEnd ?? b.dayStart) && b.dayStart - slack <= (a.dayEnd ?? a.dayStart);
}

function hasCompatiblePlaces(a: MergeItem, b: MergeItem, settings: MergeSettings): boolean {
  if (a.iso3 && b.iso3 && a.iso3 !== b.iso3) return false;
  const km = measureKm(a, b);
  if (km !== null)
    return km <= settings.radiusKmByPrecision[Math.max(a.geoPrecision ?? 3, b.geoPrecision ?? 3) as 1 | 2 | 3];
  // Without coordinates only two town-precise names can contradict each other.
  return !(a.geoPrecision === 1 && b.geoPrecision === 1 && a.location && b.location && a.location !== b.location);
}

/**
 * Actors contradict when both sides name someone on a side and share no one there. ACLED's "Unidentified
 * Armed Group (...)" says only that the report did not name the group (or that sitrep implied it): it
 * contradicts no named group, as a report that names the bombers and one that does not tell one bombing.
 */
function hasCompatibleActors(a: MergeItem, b: MergeItem): boolean {
  const clash = (x: Set<string>, y: Set<string>) => {
    const [named, other] = [identified(x), identified(y)];
    return named.size > 0 && other.size > 0 && !sharesAny(named, other);
  };
  return !clash(a.actors1, b.actors1) && !clash(a.actors2, b.actors2);
}

function identified(names: Set<string>): Set<string> {
  return new Set([...names].filter((n) => !n.startsWith(UNIDENTIFIED)));
}

function isSamePlace(a: MergeItem, b: MergeItem, settings: MergeSettings): boolean {
  if (a.location && a.location === b.location) return true;
  const km = measureKm(a, b);
  return km !== null && km <= settings.samePlaceKm && (a.geoPrecision ?? 3) <= 2 && (b.geoPrecision ?? 3) <= 2;
}

function sharesAny(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Great-circle distance (haversine), or null when either side has no coordinates. */
export function measureKm(a: MergeItem, b: MergeItem): number | null {
  if (a.latitude === null || a.longitude === null || b.latitude === null || b.longitude === null) return null;
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
