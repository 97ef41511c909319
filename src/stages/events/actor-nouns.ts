// Common nouns that say what kind of actor a phrase is, as the head of an agent or patient phrase in the
// parse (find-parsed-actor.ts). The kinds follow the PETRARCH2/Phoenix agent sectors (MIL, COP, UAF/REB,
// CVL/PPL in lexicon/actors/phoenix-agents.tsv, MIT) mapped to ACLED's generic actors; the nouns are the
// plural and singular forms news uses for them, a closed list written for sitrep (MIT). "Bomber" and
// "attacker" are here as armed groups: as the agent of an attack they are the perpetrators, not aircraft.
import { type Doc, spansOf } from "../../doc.js";
import { childrenWith, type ParseTree, wordOf } from "./parse-tree.js";

export type ActorKind = "military" | "police" | "armed group" | "rioters" | "civilians";

const WORDS: Record<ActorKind, string[]> = {
  military: [
    "soldier",
    "soldiers",
    "troops",
    "army",
    "military",
    "servicemen",
    "paratroopers",
    "marines",
    "warplanes",
    "jets",
    "aircraft",
    "forces",
  ],
  police: ["police", "policemen", "policeman", "officers", "gendarmes", "gendarmerie"],
  "armed group": [
    "gunmen",
    "gunman",
    "militants",
    "militant",
    "militia",
    "militias",
    "militiamen",
    "insurgents",
    "insurgent",
    "rebels",
    "rebel",
    "attackers",
    "attacker",
    "assailants",
    "assailant",
    "bomber",
    "bombers",
    "terrorists",
    "terrorist",
    "jihadists",
    "jihadist",
    "extremists",
    "fighters",
    "kidnappers",
    "abductors",
    "raiders",
    "bandits",
  ],
  rioters: ["rioters", "mob", "fans", "hooligans", "vigilantes"],
  civilians: [
    "civilians",
    "civilian",
    "people",
    "persons",
    "villagers",
    "residents",
    "man",
    "men",
    "woman",
    "women",
    "child",
    "children",
    "boy",
    "boys",
    "girl",
    "girls",
    "passengers",
    "worshippers",
    "worshipers",
    "students",
    "farmers",
    "shoppers",
    "pilgrims",
    "journalists",
    "refugees",
    "victims",
    "family",
    "families",
    "teenager",
    "teenagers",
  ],
};

// "Armed men", "masked men", "unidentified men": people whom a modifier makes an armed group (ACLED codes
// such perpetrators as "Unidentified Armed Group"). Closed list written for sitrep (MIT).
const ARMING_MODIFIERS = new Set(["armed", "masked", "unidentified", "heavily-armed"]);

export const ACTOR_NOUNS: ReadonlyMap<string, ActorKind> = new Map(
  Object.entries(WORDS).flatMap(([kind, words]) => words.map((w) => [w, kind as ActorKind] as const)),
);

/** "Nigerien troops", "Turkey's soldiers": the country a modifier or possessor of the noun names. */
export function countryModifierOf(doc: Doc, tree: ParseTree, head: number): { name: string; iso3: string } | null {
  const owners = childrenWith(tree, head, ["nmod:poss", "amod", "compound"]).map((c) => tree.tokens[c]);
  const isOwner = (s: { start: number; end: number }) => owners.some((o) => s.start <= o.start && o.end <= s.end);
  for (const entity of spansOf(doc, "entities")) {
    const iso3 = entity.data?.iso3;
    if ((entity.label === "COUNTRY" || entity.label === "NORP") && iso3 && entity.data?.name && isOwner(entity))
      return { name: entity.data.name, iso3 };
  }
  return null;
}

/** The kind of actor a head noun names, with its modifiers: "armed men" are an armed group, not civilians. */
export function actorKindOf(tree: ParseTree, head: number): ActorKind | undefined {
  const kind = ACTOR_NOUNS.get(wordOf(tree, head));
  if (kind !== "civilians") return kind;
  const isArmed = childrenWith(tree, head, ["amod"]).some((c) => ARMING_MODIFIERS.has(wordOf(tree, c)));
  return isArmed ? "armed group" : kind;
}
