// Everything the stages read from disk, loaded once per process and handed to each stage (spaCy's `nlp`):
// the trained recogniser's weights and lexicon, and the lexicons of the stages converted so far (weapons).
// Tests pass small ones instead (a two-row weapons list); nothing here is cached at module level.
import { loadWeapons, type WeaponEntry } from "./stages/weapons/index.js";
import { loadNerLexicon } from "./text/ner/ner-lexicon.js";
import { loadNerModel } from "./text/ner/ner-model.js";
import type { NerResources } from "./text/ner/tag-document.js";
import type { SyntaxModel } from "./text/syntax/analyze-words.js";
import { loadSyntaxModel } from "./text/syntax/load-syntax-model.js";

export type Resources = { ner: NerResources; weapons: readonly WeaponEntry[]; syntax: SyntaxModel };

export function loadResources(): Resources {
  return {
    ner: { model: loadNerModel(), lexicon: loadNerLexicon() },
    weapons: loadWeapons(),
    syntax: loadSyntaxModel(),
  };
}
