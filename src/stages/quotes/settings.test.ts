import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createDoc } from "../../doc.js";
import { buildPipeline } from "../../pipeline.js";
import { readInventedReport } from "../../testing/fixtures.js";
import { loadAttributionModel } from "../../text/attribution/attribution-model.js";
import { loadSyntaxModel } from "../../text/syntax/load-syntax-model.js";
import { createSentencesStage, loadSentenceLexicons } from "../sentences/index.js";
import { createQuotesStage } from "./index.js";
import { loadQuoteLexicons } from "./quote-lexicons.js";
import { QUOTES_SETTINGS, readsAttributionModel } from "./settings.js";

describe("quotes settings: when the learned attribution model is read", () => {
  it("the defaults do not read it; adding or vetoing cues, or judging every proposal, does", () => {
    assert.equal(readsAttributionModel(QUOTES_SETTINGS), false);
    for (const change of [{ learnedCueAdd: 1 }, { learnedCueVeto: 1 }, { learnedKeep: 2 }])
      assert.equal(readsAttributionModel({ ...QUOTES_SETTINGS, ...change }), true, JSON.stringify(change));
  });

  it("at the defaults the stage finds the same quotes with the model as without it", () => {
    const lexicons = loadQuoteLexicons();
    const model = loadAttributionModel(loadSyntaxModel().tagger);
    const quotesOf = (withModel: boolean) => {
      const pipeline = buildPipeline([
        createSentencesStage(loadSentenceLexicons()),
        createQuotesStage(lexicons, QUOTES_SETTINGS, withModel ? model : undefined),
      ]);
      return pipeline.run(createDoc("q", readInventedReport(), { origin: "test", published: "2021-06-28" })).layers
        .quotes;
    };
    const found = quotesOf(true);
    assert.ok((found ?? []).length >= 2, "the invented report has attributions to compare");
    assert.deepEqual(quotesOf(false), found);
  });
});
