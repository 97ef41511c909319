// Every stage's settings object in one tree, and `--set stage.key=value` overrides of it. A stage reads only
// its own branch, handed to its factory by buildStages; `shared` keys live in several stages' branches.
import { SitrepError } from "./errors.js";
import { SHARED_SETTINGS } from "./shared-settings.js";
import { CLEAN_SETTINGS, type CleanSettings } from "./stages/clean/settings.js";
import { DATES_SETTINGS, type DatesSettings } from "./stages/dates/settings.js";
import { ENTITIES_SETTINGS, type EntitiesSettings } from "./stages/entities/settings.js";
import { EVENTS_SETTINGS, type EventsSettings } from "./stages/events/settings.js";
import { NUMBERS_SETTINGS, type NumbersSettings } from "./stages/numbers/settings.js";
import { PLACES_SETTINGS, type PlacesSettings } from "./stages/places/settings.js";
import { QUOTES_SETTINGS, type QuotesSettings } from "./stages/quotes/settings.js";
import { WEAPONS_SETTINGS, type WeaponsSettings } from "./stages/weapons/settings.js";

export type Settings = {
  readonly entities: EntitiesSettings;
  readonly places: PlacesSettings;
  readonly quotes: QuotesSettings;
  readonly weapons: WeaponsSettings;
  readonly events: EventsSettings;
  readonly clean: CleanSettings;
  readonly dates: DatesSettings;
  readonly numbers: NumbersSettings;
};

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  entities: ENTITIES_SETTINGS,
  places: PLACES_SETTINGS,
  quotes: QUOTES_SETTINGS,
  weapons: WEAPONS_SETTINGS,
  events: EVENTS_SETTINGS,
  clean: CLEAN_SETTINGS,
  dates: DATES_SETTINGS,
  numbers: NUMBERS_SETTINGS,
});

type Branch = Record<string, unknown>;

/**
 * The defaults with each "stage.key=value" (or "stage.table.key=value", or "shared.key=value" for every
 * stage that has the key) applied. Unknown keys and values of another type than the default's are errors.
 */
export function applySettingOverrides(overrides: readonly string[], base: Settings = DEFAULT_SETTINGS): Settings {
  let settings = base;
  for (const override of overrides) settings = applyOne(settings, override);
  return settings;
}

function applyOne(settings: Settings, override: string): Settings {
  const match = /^([A-Za-z]\w*(?:\.[A-Za-z]\w*)+)=(.*)$/.exec(override.trim());
  if (!match) throw badSetting(`--set "${override}": expected stage.key=value, e.g. places.nearKm=150`);
  const [stage, ...path] = match[1].split(".");
  if (stage === "shared") return applyShared(settings, path, match[2], override);
  if (!(stage in settings))
    throw badSetting(
      `--set "${override}": no stage "${stage}" has settings (choose from shared, ${Object.keys(settings).join(", ")})`,
    );
  const branch = settings[stage as keyof Settings] as Branch;
  return Object.freeze({ ...settings, [stage]: setPath(branch, path, match[2], `${stage}.`) });
}

function applyShared(settings: Settings, path: string[], raw: string, override: string): Settings {
  if (path.length !== 1 || !(path[0] in SHARED_SETTINGS)) {
    throw badSetting(
      `--set "${override}": unknown shared setting (choose from ${Object.keys(SHARED_SETTINGS).join(", ")})`,
    );
  }
  const next: Record<string, unknown> = { ...settings };
  for (const [stage, branch] of Object.entries(settings))
    if (path[0] in branch) next[stage] = setPath(branch as Branch, path, raw, `${stage}.`);
  return Object.freeze(next) as Settings;
}

function setPath(branch: Branch, path: string[], raw: string, prefix: string): Branch {
  const [key, ...rest] = path;
  const name = prefix + key;
  if (!Object.hasOwn(branch, key))
    throw badSetting(
      `unknown setting "${name}" (choose from ${Object.keys(branch)
        .map((k) => prefix + k)
        .join(", ")})`,
    );
  const current = branch[key];
  if (rest.length > 0) {
    if (typeof current !== "object" || current === null)
      throw badSetting(`setting "${name}" is a ${typeof current}, not a table`);
    return Object.freeze({ ...branch, [key]: setPath(current as Branch, rest, raw, `${name}.`) });
  }
  if (typeof current === "object")
    throw badSetting(
      `setting "${name}" is a table: set one of its keys (${Object.keys(current as Branch)
        .map((k) => `${name}.${k}`)
        .join(", ")})`,
    );
  return Object.freeze({ ...branch, [key]: parseValue(name, raw, current) });
}

function parseValue(name: string, raw: string, current: unknown): unknown {
  if (typeof current === "number") {
    const value = Number(raw.replace(/_/g, ""));
    if (raw.trim() === "" || !Number.isFinite(value))
      throw badSetting(`setting "${name}" takes a number, not "${raw}"`);
    return value;
  }
  if (typeof current === "boolean") {
    if (raw !== "true" && raw !== "false") throw badSetting(`setting "${name}" takes true or false, not "${raw}"`);
    return raw === "true";
  }
  return raw;
}

function badSetting(message: string): SitrepError {
  return new SitrepError("bad-usage", message);
}
