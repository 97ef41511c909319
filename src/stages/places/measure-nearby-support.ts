// Local news names places that lie together: "a Paris man" before "Henry County General Sessions Court"
// means the Paris a few miles from a Henry County, not the capital of France. For every reading of every
// name, this measures how many of the report's other names have some reading close by (any reading,
// chosen or not, so the choice does not hinge on a first guess made by size). A name with many readings
// lies near anything by chance, so it supports less.
import { distanceKm } from "../../text/gazetteer/distance-km.js";
import type { GazetteerPlace } from "../../text/gazetteer/gazetteer.js";
import { BIG_CITY } from "./rank-places.js";
import { foldAlias } from "../../text/fold-alias.js";

/** The report's names with every place each may mean. */
export type NameReadings = { name: string; places: readonly GazetteerPlace[]; isFramed: boolean };

// Two readings this close are one neighbourhood: a town and its county, two towns of one county.
const CLOSE_KM = 50;
// Near enough to count half: the same region of a state (Paris, Texas lies 150 km from Dallas).
const NEAR_KM = 200;

/** For each gazetteer place a name may mean: the summed weight of other names with a reading near it. */
export function measureNearbySupport(names: readonly NameReadings[]): Map<GazetteerPlace, number> {
  const byName = groupReadings(names);
  const support = new Map<GazetteerPlace, number>();
  for (const [name, { places }] of byName) {
    for (const p of places) {
      let sum = 0;
      for (const [other, o] of byName) if (other !== name) sum += (o.isFramed ? 1 : UNFRAMED_WEIGHT) * closeness(p, o.places);
      if (sum > 0) support.set(p, sum);
    }
  }
  return support;
}

type Group = { places: GazetteerPlace[]; isFramed: boolean };

function groupReadings(names: readonly NameReadings[]): Map<string, Group> {
  const byName = new Map<string, Group>();
  for (const n of names) {
    const key = n.name.toLowerCase();
    const group = byName.get(key) ?? { places: [], isFramed: false };
    for (const p of readingsOf(n)) if (!group.places.includes(p)) group.places.push(p);
    group.isFramed ||= n.isFramed;
    byName.set(key, group);
  }
  return byName;
}

/**
 * A state's own name ("Nevada", "Oregon") means the state: its same-named towns, which cluster in a few
 * states, would otherwise support each other. Not when a big city bears the name too.
 */
function readingsOf(n: NameReadings): readonly GazetteerPlace[] {
  const isOwnName = (p: GazetteerPlace) => foldAlias(p.name) === foldAlias(n.name);
  if (n.places.some((p) => p.featureCode !== "ADM1" && p.population >= BIG_CITY && isOwnName(p))) return n.places;
  const states = n.places.filter((p) => p.featureCode === "ADM1" && isOwnName(p));
  return states.length > 0 ? states : n.places;
}

// A name the text never frames as a place may be a person's ("a report by Patrolman Whitaker").
const UNFRAMED_WEIGHT = 0.2;

// How likely one reading of a name lies this close to a given place by chance. A name with n readings
// supports by 1 / (1 + n * chance): a close neighbour is strong evidence even from a name ten counties bear,
// a merely near one much less.
const CLOSE_CHANCE = 0.05;
const NEAR_CHANCE = 0.1;

/** 1 when another name has a reading within CLOSE_KM (or is the state around it), 0.5 within NEAR_KM, discounted for chance. */
function closeness(p: GazetteerPlace, others: readonly GazetteerPlace[]): number {
  const n = others.length;
  let best = 0;
  for (const q of others) {
    if (q.featureCode === "ADM1" || p.featureCode === "ADM1") {
      if (q.iso2 === p.iso2 && q.admin1 === p.admin1 && q.admin1) best = Math.max(best, 0.5 / (1 + n * NEAR_CHANCE));
      continue;
    }
    const km = distanceKm(p, q);
    if (km <= CLOSE_KM) return 1 / (1 + n * CLOSE_CHANCE);
    if (km <= NEAR_KM) best = Math.max(best, 0.5 / (1 + n * NEAR_CHANCE));
  }
  return best;
}
