// Every threshold, distance and weight the places stage uses, each with why. createPlacesStage takes an
// object of this shape; `sitrep eval --set places.<key>=<value>` varies one without a code change.

import { SHARED_SETTINGS } from "../../shared-settings.js";

export const PLACES_SETTINGS = Object.freeze({
  ...SHARED_SETTINGS,
  /** A bare name with no locative frame must name a town at least this large: smaller ones are mostly
   * surnames and ordinary words that some hamlet also bears. */
  minBarePopulation: 1000,
  /** A country name read as a same-named town needs another named place this close ("Palestine", Texas). */
  townReadingKm: 60,
  /** Two readings this close are one neighbourhood: a town and its county, two towns of one county. */
  closeKm: 50,
  /** Near enough to count half: the same region of a state (Paris, Texas lies 150 km from Dallas). */
  nearKm: 200,
  /** A name the text never frames as a place may be a person's ("a report by Patrolman Whitaker"). */
  unframedWeight: 0.2,
  /** How likely one reading of a name lies within closeKm of a given place by chance: a name with n
   * readings supports by 1 / (1 + n * chance), so a close neighbour is strong even from a common name. */
  closeChance: 0.05,
  /** The same chance within nearKm: a merely near reading from a common name says much less. */
  nearChance: 0.1,
  /** A place resolved in the first pass this close to a reading makes it "near" in ranking. */
  rankNearKm: 150,
  /** A reading on another continent from every country the report names is dropped without explicit evidence
   * (drop-far-readings.ts), except a town this large named by its own name: world news names far cities
   * ("talks in Geneva"). Tuned on the geoparsing tune half: at 100,000 it dropped right US towns of 60,000-
   * 70,000 in reports naming only foreign countries; at 50,000 accuracy held and end-to-end F1 rose most.
   * Set to 0 (every town by its own name exempt, only alternate-name readings dropped): a report on US forces
   * abroad names only the US as a country, and the small towns they fight in are then "far"
   * (merge-same-incident.test.ts lost its Iraqi border town). */
  farReadingOwnNamePopulation: 0,
  /** In a report that gives no continent (no country, demonym, armed group's home or dateline), a town
   * smaller than this whose name's readings lie on several continents gets no point without explicit
   * evidence (drop-unanchored-readings.ts): hamlets share names across continents, known towns are named
   * without their country. Tuned on the geoparsing tune half. */
  unanchoredReadingPopulation: 1000,
  /** A town this large that bears a province's name and lies within closeKm of the province's point is its
   * seat, and the city a bare name means ("Jenin", "Tulkarm": towns of 30,000-50,000 that GeoNames lists
   * as plain towns); a smaller namesake is a village and the province keeps its reading. */
  namedSeatPopulation: 20000,
  /** A country whose demonym the report uses votes for the report's main country with this weight (a named
   * country votes 1, a place 1 / the number of countries its readings lie in). */
  demonymCountryVote: 0.5,
  /** Place ranking's weights: one table, added to log10(population + 10) for each reading. */
  rank: Object.freeze({
    /** A state or province counts as at least this populous (log10): divisions whose towns the gazetteer
     * could not join to them ("England", "Wales") have no population of their own. */
    minAdm1LogPopulation: 5,
    /** A place whose own name is the one written outranks one listing it among alternate names ("Idaho"). */
    alternateNamePenalty: 2,
    /** A national capital is named far more often than its namesakes. */
    capitalBonus: 2,
    /** A first-level division's seat is named more often than a same-named village. */
    adminSeatBonus: 0.5,
    /** A state or province is named far more often than a same-named hamlet ("Kansas", Illinois). */
    adm1Bonus: 1.5,
    /** A reading in a country the report names. */
    namedCountryBonus: 2.5,
    /** A town this large that bears a province's name and lies within closeKm of the province's point is its
     * seat, and the city a bare name means ("Jenin", "Tulkarm": towns of 30,000-50,000 that GeoNames lists
     * as plain towns); a smaller namesake is a village and the province keeps its reading. */
    namedSeatPopulation: 20000,
    /** A country whose demonym the report uses ("Russian officials") counts a little less than one it names. */
    demonymCountryBonus: 2,
    /** A reading in the home country of an armed group or force the report names ("al-Shabaab fighters":
     * Somalia), when the report names that country neither by name nor by demonym: groups mostly fight at
     * home, but state forces abroad (in the actor lexicon as external forces) name their home too, so this
     * counts a little less than a demonym. */
    actorCountryBonus: 1.5,
    /** ... but as much as a demonym for a non-state armed group (rebels, militias, ACLED inter 2-4): such
     * groups fight at home, and a report names the group where it names no country ("ADF fighters raided
     * a village near Beni": the DR Congo's town, not Bolivia's province). */
    groupCountryBonus: 2,
    /** A reading in the country most of the report's places lie in. */
    dominantCountryBonus: 1.5,
    /** ... more when the report names no other country: a local paper's "Paris" is a town of its own country. */
    onlyCountryBonus: 3,
    /** A reading in a state or province the report names. */
    namedAdmin1Bonus: 2.5,
    /** A reading in the state or province most of the report's places lie in. */
    dominantAdmin1Bonus: 1.5,
    /** A reading near another place resolved in the first pass. */
    nearPlaceBonus: 2,
    /** Local news names places of one state: per other name with a place in the reading's state ... */
    sharedStateBonus: 1,
    /** ... up to this many names. */
    sharedStateCap: 2,
    /** Per unit of nearby support: one framed neighbour close by is worth about the size and capital bonus
     * of a far-away namesake (Paris, France) ... */
    nearbySupportBonus: 5,
    /** ... and the cap keeps a cluster of neighbours below a "Town, State" pair's container. */
    nearbySupportCap: 2,
    /** A "Town, State" or "Town, Country" pair names the container outright: it outweighs every other cue. */
    containerBonus: 10,
    /** Local news names its own town by its police or council: a reading in the report's main country gains ... */
    municipalHomeBonus: 2,
    /** ... and a foreign one the report names neither by country nor by demonym loses its size's edge. */
    municipalForeignPenalty: 2,
    /** "Baghdad", "Erbil": a city (or a national capital) gets this far ahead of its same-named province. */
    cityOverProvinceBonus: 3,
  }),
});

export type PlacesSettings = {
  readonly [K in keyof typeof PLACES_SETTINGS]: K extends "rank"
    ? { readonly [W in keyof (typeof PLACES_SETTINGS)["rank"]]: number }
    : number;
};
