// Local news names places that lie together: "a Paris man" before "Marlow County Circuit Court"
// means the Paris a few miles from a Marlow County, not the capital of France. For every reading of every
// name, this measures how many of the report's other names have some reading close by (any reading,
// chosen or not, so the choice does not hinge on a first guess made by size). A name with many readings
// lies near anything by chance, so it supports less.

import { foldAlias } from "../../text/fold-alias.js";
import { distanceKm } from "../../text/gazetteer/distance-km.js";
import type { GazetteerPlace } from "../../text/gazetteer/gazetteer.js";
import type { PlacesSettings } from "./settings.js";

/** The report's names with every place each may mean. */
export type NameReadings = { name: string; places: readonly GazetteerPlace[]; isFramed: boolean };

/** For each gazetteer place a name may mean: the summed weight of other names with a reading near it. */
export function measureNearbySupport(
  names: readonly NameReadings[],
  settings: PlacesSettings,
): Map<GazetteerPlace, number> {
  const byName = groupReadings(names, settings.bigCityPopulation);
  const support = new Map<GazetteerPlace, number>();
  for (const [name, { places }] of byName) {
    for (const p of places) {
      let sum = 0;
      for (const [other, o] of byName)
        if (other !== name) sum += (o.isFramed ? 1 : settings.unframedWeight) * closeness(p, o.places, settings);
      if (sum > 0) support.set(p, sum);
    }
  }
  return support;
}

type Group = { places: GazetteerPlace[]; isFramed: boolean };

function groupReadings(names: readonly NameReadings[], bigCityPopulation: number): Map<string, Group> {
  const byName = new Map<string, Group>();
  for (const n of names) {
    const key = n.name.toLowerCase();
    const group = byName.get(key) ?? { places: [], isFramed: false };
    for (const p of readingsOf(n, bigCityPopulation)) if (!group.places.includes(p)) group.places.push(p);
    group.isFramed ||= n.isFramed;
    byName.set(key, group);
  }
  return byName;
}

/**
 * A state's own name ("Nevada", "Oregon") means the state: its same-named towns, which cluster in a few
 * states, would otherwise support each other. Not when a big city bears the name too.
 */
function readingsOf(n: NameReadings, bigCityPopulation: number): readonly GazetteerPlace[] {
  const isOwnName = (p: GazetteerPlace) => foldAlias(p.name) === foldAlias(n.name);
  if (n.places.some((p) => p.featureCode !== "ADM1" && p.population >= bigCityPopulation && isOwnName(p)))
    return n.places;
  const states = n.places.filter((p) => p.featureCode === "ADM1" && isOwnName(p));
  return states.length > 0 ? states : n.places;
}

/** 1 when another name has a reading within closeKm (or is the state around it), 0.5 within nearKm, discounted for chance. */
function closeness(p: GazetteerPlace, others: readonly GazetteerPlace[], settings: PlacesSettings): number {
  const { closeKm, nearKm, closeChance, nearChance } = settings;
  const n = others.length;
  let best = 0;
  for (const q of others) {
    if (q.featureCode === "ADM1" || p.featureCode === "ADM1") {
      if (q.iso2 === p.iso2 && q.admin1 === p.admin1 && q.admin1) best = Math.max(best, 0.5 / (1 + n * nearChance));
      continue;
    }
    const km = distanceKm(p, q);
    if (km <= closeKm) return 1 / (1 + n * closeChance);
    if (km <= nearKm) best = Math.max(best, 0.5 / (1 + n * nearChance));
  }
  return best;
}
