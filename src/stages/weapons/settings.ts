// Character windows of the weapons stage, each with why. createWeaponsStage takes an object of this shape;
// `sitrep eval --set weapons.<key>=<value>` varies one without a code change.

export const WEAPONS_SETTINGS = Object.freeze({
  /** Text after a weapon name read for a word that makes it what was hit or made ("rocket storage
   * facilities", "the drone industry"): that word follows at once, so two or three words suffice. */
  notInstrumentAfterChars: 30,
});

export type WeaponsSettings = { readonly [K in keyof typeof WEAPONS_SETTINGS]: number };
