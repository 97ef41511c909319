// Thresholds of the entities stage, each with why. createEntitiesStage takes an object of this shape;
// `sitrep eval --set entities.<key>=<value>` varies one without a code change.
import { SHARED_SETTINGS } from "../../shared-settings.js";

export const ENTITIES_SETTINGS = Object.freeze({
  ...SHARED_SETTINGS,
  /** In a line of capitals, a lone word among the this-many most frequent English words is no name even
   * when a town shares it ("FROM", "RESULTS"). */
  frequentWordRank: 300,
  /** Capitalised words looked back over for the organisation before a person's role ("Pentagon spokesman"):
   * longer runs are a sentence's opening words, not a name. */
  maxOrganizationWords: 3,
  /** Characters before a person's name read for the role and organisation: a title and an organisation
   * name fit well within one line's 80 characters. */
  roleWindowChars: 80,
  /** The lone-word classifier's posterior a guess needs: on held-out list names it is right on 67% of lone
   * words and on 87% of those it calls places at 0.9 or more (models/README.md); a wrongly typed name costs a
   * false and a missed entity, a dropped one only the miss. CoNLL dev: 0.8, 0.9, 0.95 within 0.002. */
  minNameProbability: 0.9,
});

export type EntitiesSettings = { readonly [K in keyof typeof ENTITIES_SETTINGS]: number };
