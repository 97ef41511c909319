// Everything the stages read from disk, loaded once per process and handed to each stage (spaCy's `nlp`):
// the trained recogniser's weights and lexicon, the gazetteer (entities and places share one), and the
// lexicons of the stages converted so far (weapons).
// Tests pass small ones instead (a two-row weapons list); nothing here is cached at module level.
import { type CleanLexicons, loadCleanLexicons } from "./stages/clean/clean-lexicons.js";
import { type DateQuantities, loadDateQuantities } from "./stages/dates/quantities.js";
import { loadNumberLexicons, type NumberLexicons } from "./stages/numbers/number-lexicons.js";
import { loadQuoteLexicons, type QuoteLexicons } from "./stages/quotes/quote-lexicons.js";
import { loadSentenceLexicons, type SentenceLexicons } from "./stages/sentences/index.js";
import { loadWeapons, type WeaponEntry } from "./stages/weapons/index.js";
import { type AttributionModel, loadAttributionModel } from "./text/attribution/attribution-model.js";
import { type Gazetteer, openGazetteer } from "./text/gazetteer/gazetteer.js";
import { type HappenedModel, loadHappenedModel } from "./text/happened/happened-model.js";
import { loadNerLexicon } from "./text/ner/ner-lexicon.js";
import { loadNerModel } from "./text/ner/ner-model.js";
import type { NerResources } from "./text/ner/tag-document.js";
import type { SyntaxModel } from "./text/syntax/analyze-words.js";
import { loadSyntaxModel } from "./text/syntax/load-syntax-model.js";

export type Resources = {
  ner: NerResources;
  weapons: readonly WeaponEntry[];
  gazetteer: Gazetteer;
  /** Read by clean, which runs before the stages (createCleaner). */
  clean: CleanLexicons;
  sentences: SentenceLexicons;
  dates: DateQuantities;
  numbers: NumberLexicons;
  quotes: QuoteLexicons;
  syntax: SyntaxModel;
  /** The events stage's "did it happen" classifier. */
  happened: HappenedModel;
  /** The learned attribution cue tagger (PolNeAR), reading the syntax model's part-of-speech tagger: read from disk on
   * the first call, as the default settings never use it (buildStages asks only when the quotes settings do). */
  attribution: () => AttributionModel;
};

export function loadResources(): Resources {
  const syntax = loadSyntaxModel();
  let attribution: AttributionModel | undefined;
  return {
    ner: { model: loadNerModel(), lexicon: loadNerLexicon() },
    weapons: loadWeapons(),
    gazetteer: openGazetteer(),
    clean: loadCleanLexicons(),
    sentences: loadSentenceLexicons(),
    dates: loadDateQuantities(),
    numbers: loadNumberLexicons(),
    quotes: loadQuoteLexicons(),
    syntax,
    happened: loadHappenedModel(),
    attribution: () => (attribution ??= loadAttributionModel(syntax.tagger)),
  };
}
