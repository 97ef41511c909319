// npm run train:attribution: trains the attribution models on PolNeAR train (../shared/train/polnear) and
// writes models/attribution-cues.bin. Never reads ../shared/eval. Deterministic: fixed splits by a hash of
// the article name, seeded shuffles.
// 1. The cue tagger, on every token of every sentence.
// 2. The keep/drop classifier, on the attributions the quotes stage proposes with a cue tagger that did not
//    see the article (two folds, cross-fitted), each labelled by the eval's strict match.
// A tenth of the articles is held out to report both models' scores first; the shipped tables are then
// trained on all of train.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../../paths.js";
import { createQuotesStage } from "../../../stages/quotes/index.js";
import { loadQuoteLexicons } from "../../../stages/quotes/quote-lexicons.js";
import { QUOTES_SETTINGS } from "../../../stages/quotes/settings.js";
import { createSentencesStage, loadSentenceLexicons } from "../../../stages/sentences/index.js";
import { sharedPath } from "../../../testing/fixtures.js";
import type { DensePerceptron, Perceptron } from "../../syntax/averaged-perceptron.js";
import { hashFeature, hashString } from "../../syntax/hash-feature.js";
import { loadSyntaxModel } from "../../syntax/load-syntax-model.js";
import { groupBias } from "../attribution-features.js";
import { ATTRIBUTION_FILE, encodeAttributionModel } from "../attribution-model.js";
import { readCueExamples } from "./cue-examples.js";
import { labelProposals, proposeAttributions, toKeepExamples } from "./keep-examples.js";
import type { PolnearArticle } from "./read-polnear.js";
import { readPolnear } from "./read-polnear.js";
import { type BinaryExample, scoreBinary, trainBinaryPerceptron } from "./train-cue-perceptron.js";

const SETTINGS = {
  /** Held-out token F1 stops rising after about six passes. */
  cues: { epochs: 6, bits: 18, seed: 20180507 },
  keep: { epochs: 10, bits: 16, seed: 20180508 },
  cueShifts: [0, 3, 6, 12],
  keepShifts: [-12, 0, 6, 12, 24, 36, 48],
};

const isHeldOut = (a: PolnearArticle) => hashString(a.stem) % 10 === 0;
const foldOf = (a: PolnearArticle) => (hashString(a.stem) >>> 8) % 2;

function main(): void {
  const articles = readPolnear(sharedPath("train", "polnear"));
  const lexicons = loadQuoteLexicons();
  const { tagger } = loadSyntaxModel();
  const sentences = createSentencesStage(loadSentenceLexicons());
  const tokens = new Map(
    articles.map((a) => [a, readCueExamples(a, sentences, lexicons, tagger).flatMap(flattenSentence)]),
  );
  const tokensOf = (pick: (a: PolnearArticle) => boolean) => articles.filter(pick).flatMap((a) => tokens.get(a)!);
  const heldOut = articles.filter(isHeldOut);
  console.log(`${articles.length} articles, ${heldOut.length} held out`);

  const trainedCues = trainBinaryPerceptron(
    tokensOf((a) => !isHeldOut(a)),
    SETTINGS.cues,
    (epoch, model) => report(`cue tagger epoch ${epoch}, held-out tokens`, scoreBinary(tokensOf(isHeldOut), model)),
  );
  const proposalStage = (cues: Perceptron) => [
    sentences,
    createQuotesStage(lexicons, { ...QUOTES_SETTINGS, learnedKeep: 0 }, { cues, tagger }),
  ];
  // A cue tagger that says "cue" more often proposes more attributions, which the keep classifier then
  // sorts: the shift of its bias weight is chosen by the held-out strict F1 of the proposals.
  const cueShift = chooseBest(SETTINGS.cueShifts, (shift) => {
    const shifted = shiftBias(trainedCues, shift);
    const labels = heldOut.flatMap((a) => labelProposals(a, proposeAttributions(a, proposalStage(shifted))));
    const score = strictF1(labels.filter((l) => l === 1).length, labels.length, heldOut);
    console.log(`cue bias shift ${shift}: held-out strict F1 of all proposals ${score.toFixed(3)} (${labels.length})`);
    return score;
  });
  const foldCues = [0, 1].map((fold) =>
    shiftBias(
      trainBinaryPerceptron(
        tokensOf((a) => !isHeldOut(a) && foldOf(a) !== fold),
        SETTINGS.cues,
      ),
      cueShift,
    ),
  );
  const keepExamples = new Map(
    articles.map((a) => {
      const cues = isHeldOut(a) ? shiftBias(trainedCues, cueShift) : foldCues[foldOf(a)];
      const proposals = proposeAttributions(a, proposalStage(cues));
      return [a, toKeepExamples(a.text, proposals, labelProposals(a, proposals))];
    }),
  );
  const keepOf = (pick: (a: PolnearArticle) => boolean) => articles.filter(pick).flatMap((a) => keepExamples.get(a)!);
  const keep = trainBinaryPerceptron(
    keepOf((a) => !isHeldOut(a)),
    SETTINGS.keep,
  );
  // Keeping a proposal pays when its chance of matching is above about half the F1: below the argmax. Each
  // group (lexicon cue, learned cue) gets its own shift: the lexicon's first, then the learned cues' given it.
  const keptF1 = (model: Perceptron) => {
    const s = scoreBinary(keepOf(isHeldOut), model);
    const matched = keepOf(isHeldOut).filter((e) => e.gold === 1).length;
    return strictF1(s.r * matched, s.p > 0 ? (s.r * matched) / s.p : 0, heldOut);
  };
  const lexiconShift = chooseBest(SETTINGS.keepShifts, (shift) => {
    const score = keptF1(shiftBias(keep, shift, groupBias(false)));
    console.log(`keep shift ${shift} for lexicon cues: held-out strict F1 ${score.toFixed(3)}`);
    return score;
  });
  const learnedShift = chooseBest(SETTINGS.keepShifts, (shift) => {
    const score = keptF1(shiftBias(shiftBias(keep, lexiconShift, groupBias(false)), shift, groupBias(true)));
    console.log(`keep shift ${shift} for learned cues: held-out strict F1 ${score.toFixed(3)}`);
    return score;
  });
  const shiftKeep = (model: DensePerceptron) =>
    shiftBias(shiftBias(model, lexiconShift, groupBias(false)), learnedShift, groupBias(true));

  const cues = shiftBias(
    trainBinaryPerceptron(
      tokensOf(() => true),
      SETTINGS.cues,
    ),
    cueShift,
  );
  const finalKeep = shiftKeep(
    trainBinaryPerceptron(
      keepOf(() => true),
      SETTINGS.keep,
    ),
  );
  const about = `PolNeAR train (${articles.length} articles); cues ${JSON.stringify(SETTINGS.cues)} shift ${cueShift}, keep ${JSON.stringify(SETTINGS.keep)} shifts ${lexiconShift}/${learnedShift}`;
  writeFileSync(join(projectRoot(), ATTRIBUTION_FILE), encodeAttributionModel({ cues, keep: finalKeep }, about));
  console.log(`wrote ${ATTRIBUTION_FILE}`);
}

function flattenSentence(sentence: { features: Int32Array[]; gold: number[] }): BinaryExample[] {
  return sentence.features.map((features, i) => ({ features, gold: sentence.gold[i] }));
}

function chooseBest(shifts: readonly number[], score: (shift: number) => number): number {
  const scores = shifts.map(score);
  return shifts[scores.indexOf(Math.max(...scores))];
}

function strictF1(matched: number, proposed: number, articles: PolnearArticle[]): number {
  const gold = articles.reduce((n, a) => n + a.relations.length, 0);
  return (2 * matched) / (proposed + gold);
}

/** A copy whose class-1 weight of a bias feature (by default feature 0 of both feature sets) is raised by `shift`. */
function shiftBias(model: DensePerceptron, shift: number, bias = hashFeature(0, 0) | 0): DensePerceptron {
  const weights = Float32Array.from(model.weights);
  const row = bias & ((1 << model.bits) - 1);
  weights[row * model.classes + 1] += shift;
  return { ...model, weights };
}

function report(what: string, s: { p: number; r: number; f1: number }): void {
  console.log(`${what}: P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)}`);
}

main();
