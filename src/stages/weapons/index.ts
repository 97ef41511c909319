// Weapons: instruments named in the text, mapped to the taxonomy in lexicon/weapons/weapons.tsv.
import { type Doc, type LayerSpan, withLayer } from "../../doc.js";
import { readLexiconTable, spacePattern } from "../../lexicon.js";
import type { Stage } from "../../stage.js";
import { type BoundedPattern, makeBoundedPattern } from "../../text/find-bounded-matches.js";
import {
  type BoundedPatternSet,
  findEachBoundedMatch,
  makeBoundedPatternSet,
} from "../../text/find-each-bounded-match.js";
import { removeOverlaps } from "../../text/remove-overlaps.js";
import { WEAPONS_SETTINGS, type WeaponsSettings } from "./settings.js";

export type WeaponEntry = { pattern: BoundedPattern; weapon: string; eventType: string; subEventType: string };

/** The weapons lexicon as patterns: read once by loadResources() and handed to createWeaponsStage. */
export function loadWeapons(): WeaponEntry[] {
  return readLexiconTable("weapons/weapons.tsv").map((row) => ({
    pattern: makeBoundedPattern("[\\p{L}\\p{N}-]", `(?:${spacePattern(row.pattern)})(?![\\p{L}\\p{N}])`, "giu"),
    weapon: row.weapon,
    eventType: row.event_type,
    subEventType: row.sub_event_type,
  }));
}

// "rocket storage facilities", "the militia drone industry": the weapon names what was hit or made, not what was used.
const NOT_INSTRUMENT_AFTER =
  /^\s+(?:storage|stores|depots?|facilit|factor|industr|programs?|production|launch(?:ers?|ing)\s+sites?|sites?|warehouses?|makers?)/i;

/** `patterns`: the entries' patterns as one set (find-each-bounded-match.ts), made once by the stage. */
export function findWeapons(
  text: string,
  weapons: readonly WeaponEntry[],
  settings: WeaponsSettings = WEAPONS_SETTINGS,
  patterns: BoundedPatternSet = makeBoundedPatternSet(weapons.map((entry) => entry.pattern)),
): LayerSpan<"weapons">[] {
  const afterChars = settings.notInstrumentAfterChars;
  const spans = findEachBoundedMatch(text, patterns).flatMap((matches, i) =>
    matches
      .filter(
        (m) => !NOT_INSTRUMENT_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + afterChars)),
      )
      .map((m) => ({
        start: m.index!,
        end: m.index! + m[0].length,
        label: "WEAPON",
        by: "weapons/lexicon",
        data: { weapon: weapons[i].weapon, eventType: weapons[i].eventType, subEventType: weapons[i].subEventType },
      })),
  );
  return removeOverlaps(spans);
}

export function createWeaponsStage(
  weapons: readonly WeaponEntry[],
  settings: WeaponsSettings = WEAPONS_SETTINGS,
): Stage {
  const patterns = makeBoundedPatternSet(weapons.map((entry) => entry.pattern));
  return {
    name: "weapons",
    needs: ["sentences"],
    makes: ["weapons"],
    run: (doc: Doc) => withLayer(doc, "weapons", findWeapons(doc.text, weapons, settings, patterns)),
  };
}

/** For pipelines built without resources (tests, STAGES alone): reads the small lexicon on every run. */
export const weaponsStage: Stage = {
  ...createWeaponsStage([]),
  run: (doc: Doc) => withLayer(doc, "weapons", findWeapons(doc.text, loadWeapons())),
};
