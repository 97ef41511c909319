// npm run train:attribution: trains the cue tagger on PolNeAR train (../shared/train/polnear) and writes
// models/attribution-cues.bin. Deterministic: a fixed article split and a seeded shuffle. A tenth of the
// train articles (by a hash of the article name) is held out to report token P/R/F1 per epoch; the shipped
// model is then trained on all of train with the chosen number of epochs. Never reads ../shared/eval.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../../paths.js";
import { loadQuoteLexicons } from "../../../stages/quotes/quote-lexicons.js";
import { sharedPath } from "../../../testing/fixtures.js";
import { hashString } from "../../syntax/hash-feature.js";
import { loadSyntaxModel } from "../../syntax/load-syntax-model.js";
import { ATTRIBUTION_FILE, CUE_CLASSES, encodeAttributionModel } from "../attribution-model.js";
import { type CueExample, readCueExamples } from "./cue-examples.js";
import { readPolnear } from "./read-polnear.js";
import { scoreCueTokens, trainCuePerceptron } from "./train-cue-perceptron.js";

const SETTINGS = { epochs: 6, bits: 18, seed: 20180507 };

function main(): void {
  const articles = readPolnear(sharedPath("train", "polnear"));
  const lexicons = loadQuoteLexicons();
  const { tagger } = loadSyntaxModel();
  const isHeldOut = (stem: string) => hashString(stem) % 10 === 0;
  const train = readCueExamples(
    articles.filter((a) => !isHeldOut(a.stem)),
    lexicons,
    tagger,
  );
  const heldOut = readCueExamples(
    articles.filter((a) => isHeldOut(a.stem)),
    lexicons,
    tagger,
  );
  console.log(`${articles.length} articles: ${train.length} train sentences, ${heldOut.length} held out`);
  trainCuePerceptron(train, CUE_CLASSES, SETTINGS, (epoch, model) => {
    const s = scoreCueTokens(heldOut, model);
    console.log(`epoch ${epoch}: held-out cue tokens P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)}`);
  });
  const all: CueExample[] = [...train, ...heldOut];
  const model = trainCuePerceptron(all, CUE_CLASSES, SETTINGS);
  const about = `PolNeAR train (${articles.length} articles), ${SETTINGS.epochs} epochs, seed ${SETTINGS.seed}`;
  writeFileSync(join(projectRoot(), ATTRIBUTION_FILE), encodeAttributionModel(model, about));
  console.log(`wrote ${ATTRIBUTION_FILE}`);
}

main();
