import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createDoc } from "../../doc.js";
import { buildPipeline, type Pipeline } from "../../pipeline.js";
import { needsSeedArticle, readSeedArticle } from "../../testing/fixtures.js";
import { loadAttributionModel } from "../../text/attribution/attribution-model.js";
import { loadSyntaxModel } from "../../text/syntax/load-syntax-model.js";
import { createSentencesStage, loadSentenceLexicons } from "../sentences/index.js";
import { createQuotesStage } from "./index.js";
import { loadQuoteLexicons } from "./quote-lexicons.js";
import { QUOTES_SETTINGS } from "./settings.js";

// Every test runs twice: on the rules alone (the stages without resources) and with the learned attribution
// model (src/text/attribution) switched on (`quotes.learnedCueAdd=1`), so neither may lose what the other keeps.
let learned: Pipeline | undefined;
const PIPELINES: Record<string, () => Pipeline> = {
  rules: () => buildPipeline(),
  learned: () =>
    (learned ??= buildPipeline([
      createSentencesStage(loadSentenceLexicons()),
      createQuotesStage(
        loadQuoteLexicons(),
        { ...QUOTES_SETTINGS, learnedCueAdd: 1 },
        loadAttributionModel(loadSyntaxModel().tagger),
      ),
    ])),
};

for (const [name, pipeline] of Object.entries(PIPELINES)) {
  function quotesIn(text: string) {
    const doc = pipeline().run(createDoc("q", text, { origin: "test", published: "2021-06-28" }));
    return (doc.layers.quotes ?? []).map((q) => {
      const data = q.data!;
      return {
        content: text.slice(q.start, q.end),
        source: text.slice(data.source.start, data.source.end),
        cue: text.slice(data.cue.start, data.cue.end),
        isAnonymous: data.isAnonymous,
        kind: data.kind,
      };
    });
  }

  describe(`quotes (${name})`, () => {
    // Read when a seed test first runs, so a clone without ../shared still runs the others.
    let seedQuotes: ReturnType<typeof quotesIn> | undefined;
    const seed = () => (seedQuotes ??= quotesIn(readSeedArticle()));

    it("a direct quote with its named speaker after it", needsSeedArticle(), () => {
      const kirby = seed().find((q) => q.source === "Pentagon spokesman John Kirby");
      assert.ok(kirby);
      assert.equal(kirby.kind, "direct");
      assert.equal(kirby.cue, "said");
      assert.ok(
        kirby.content.startsWith("The United States has taken necessary, appropriate and deliberate steps designed"),
      );
    });

    it("reported speech from an anonymous official, marked anonymous", needsSeedArticle(), () => {
      const official = seed().find((q) => q.content.startsWith("the airstrikes were carried out by Air Force F-15s"));
      assert.deepEqual([official?.source, official?.cue, official?.isAnonymous], ["A US official", "said", true]);
    });

    it("a source at the end of the sentence: CONTENT, SOURCE said at the time", needsSeedArticle(), () => {
      const state = seed().find((q) => q.source === "State Department officials");
      assert.ok(state?.content.startsWith("The attack sparked a fire"), JSON.stringify(state));
    });

    it("a phrase holding a cue of its own is no source: 'the spokesman said he' wants nothing", () => {
      const quotes = quotesIn("The spokesman said he wants the militia to leave the base by Friday.");
      assert.ok(
        quotes.some((q) => q.source === "The spokesman" && q.cue === "said"),
        JSON.stringify(quotes),
      );
      assert.ok(!quotes.some((q) => /said/.test(q.source)), JSON.stringify(quotes));
    });

    it("a speaker after the verb only with verbs of saying: '…, said X' but not '…, blasted X'", () => {
      const said = quotesIn("The strikes hit weapons depots near the border, said Pentagon spokesman John Kirby.");
      assert.ok(
        said.some((q) => q.source === "Pentagon spokesman John Kirby" && q.cue === "said"),
        JSON.stringify(said),
      );
      const blasted = quotesIn(
        "The governor, who has campaigned for the senator since May, blasted Mayor Ali Hassan as a coward on Wednesday.",
      );
      assert.ok(!blasted.some((q) => q.source.startsWith("Mayor Ali Hassan")), JSON.stringify(blasted));
    });

    it("a quotation split by its attribution is one content: “The base,” he said, “was empty.”", () => {
      const quotes = quotesIn("“The base,” the colonel said, “was empty when the drones struck it.”");
      assert.deepEqual(
        quotes.map((q) => [q.source, q.content]),
        [["the colonel", "The base,” the colonel said, “was empty when the drones struck it."]],
      );
    });

    it("a clause after 'said' that opens with a capital is content, not an inverted speaker", () => {
      const quotes = quotesIn(
        "Colonel Ali Hassan, commander of the brigade, said the Iraqi army has retaken the town.",
      );
      assert.deepEqual(
        quotes.map((q) => [q.source, q.content]),
        [["Colonel Ali Hassan", "the Iraqi army has retaken the town"]],
      );
    });

    it("a long run after 'said' is the content of the speaker before it, not an inverted speaker", () => {
      const quotes = quotesIn(
        "Omar Saleh, who served as governor of the province until last year, said Karim Aziz reached out to the tribal leaders during his first month in the post.",
      );
      assert.deepEqual(
        quotes.map((q) => q.source),
        ["Omar Saleh"],
      );
    });

    it('"according to his tally" is an attribution', needsSeedArticle(), () => {
      const tally = seed().find((q) => q.kind === "according-to");
      assert.equal(tally?.source, "his tally");
      assert.match(tally?.content ?? "", /at least eight drone attacks/);
    });

    it(
      "a speaker with an affiliation after the quote: said Michael Knights of the Washington Institute",
      needsSeedArticle(),
      () => {
        const knights = seed().find((q) => q.source.startsWith("Michael Knights"));
        assert.equal(knights?.source, "Michael Knights of the Washington Institute for Near East Policy");
        assert.match(knights?.content ?? "", /^There is a strong consensus/);
      },
    );

    it("a speaker with a title and party tag after the quote", () => {
      const [q] = quotesIn(
        "“We cannot let these drone attacks go unanswered,” Rep. Adam Smith (D-Wash.) said on Monday.",
      );
      assert.deepEqual([q?.source, q?.cue, q?.kind], ["Rep. Adam Smith (D-Wash.)", "said", "direct"]);
    });

    it('a participle cue after a comma shares the previous source ("…, adding that …")', () => {
      const found = quotesIn(
        "The strikes hit three sites, the official said, adding that more were planned if the attacks continued.",
      );
      const adding = found.find((q) => q.cue === "adding");
      assert.deepEqual(
        [adding?.source, adding?.content],
        ["the official", "more were planned if the attacks continued"],
      );
    });

    it("two apostrophes pair as a quotation mark (plain-text newspaper archives)", () => {
      const [q] = quotesIn(
        "''We will respond at a time and place of our choosing,'' said Brig. Gen. Yahya Rasool, a military spokesman.",
      );
      assert.deepEqual(
        [q?.content, q?.cue, q?.kind],
        ["We will respond at a time and place of our choosing,", "said", "direct"],
      );
      assert.match(q?.source ?? "", /^Brig\. Gen\. Yahya Rasool/);
    });

    it("a stance or intention is attributed to its subject (wants, plans, condemned)", () => {
      const [q] = quotesIn(
        "The Iraqi government wants to expel the militias from the border region before the elections.",
      );
      assert.deepEqual(
        [q?.source, q?.cue, q?.content],
        ["The Iraqi government", "wants", "to expel the militias from the border region before the elections"],
      );
      const [condemned] = quotesIn(
        "Prime Minister Mustafa al-Kadhimi condemned the strikes as a violation of Iraqi sovereignty.",
      );
      assert.deepEqual([condemned?.source, condemned?.cue], ["Prime Minister Mustafa al-Kadhimi", "condemned"]);
    });

    it('a setting between the cue and the content is skipped: "said on Sunday, …", "told reporters on Monday that …"', () => {
      const [told] = quotesIn(
        "The defense minister told reporters on Monday that the strikes had destroyed two weapons depots.",
      );
      assert.equal(told?.content, "the strikes had destroyed two weapons depots");
    });

    it('a nominal cue: "the ministry\'s claim that …" has the possessor as source', () => {
      const [q] = quotesIn(
        "The ministry's claim that the drones were launched from Syria was disputed by Kurdish officials.",
      );
      assert.deepEqual([q?.source, q?.cue], ["The ministry's", "claim"]);
      assert.match(q?.content ?? "", /^the drones were launched from Syria/);
    });

    it('a verb after "and" or a participle shares the subject: "X condemned …, and said …", "X tweeted …, saying …"', () => {
      const found = quotesIn(
        "Prime Minister Mustafa al-Kadhimi condemned the strikes, and said Iraq would not become a battleground for others.",
      );
      const said = found.find((q) => q.cue === "said");
      assert.deepEqual(
        [said?.source, said?.content],
        ["Prime Minister Mustafa al-Kadhimi", "Iraq would not become a battleground for others"],
      );
      const saying = quotesIn(
        "Kata'ib Hezbollah posted a statement on Telegram on Monday, saying the group would avenge its fighters.",
      ).find((q) => q.cue === "saying");
      assert.deepEqual([saying?.source, saying?.cue], ["Kata'ib Hezbollah", "saying"]);
    });

    it('an opening adverbial before an inserted attribution is no content: "During …, the official said, …"', () => {
      const [q] = quotesIn(
        "During the briefing on Monday, the official said, the militias had launched at least five drones at US bases.",
      );
      assert.equal(q?.source, "the official");
      assert.equal(q?.content, "the militias had launched at least five drones at US bases");
    });

    it('"continued" attributes only a quotation beside it', () => {
      const [q] = quotesIn("Kirby continued: “We will take necessary and proportionate action.”");
      assert.deepEqual([q?.source, q?.cue, q?.kind], ["Kirby", "continued", "direct"]);
      assert.deepEqual(
        quotesIn("Fighting continued in the old city of Mosul through the night, residents said nothing."),
        [],
      );
    });

    describe("negative cases", () => {
      it("a quoted title before a speaker is not what the speaker said", () => {
        const [q] = quotesIn(
          "On this weekend's broadcast of “Face the Nation,” Defense Secretary Lloyd Austin said the strikes were necessary.",
        );
        assert.equal(q?.source, "Defense Secretary Lloyd Austin");
        assert.equal(q?.content, "the strikes were necessary");
      });
      it("layout labels are no speakers (Correction: …)", () => {
        assert.deepEqual(
          quotesIn("Correction: A previous version of this report gave the wrong date for the strike."),
          [],
        );
      });

      it("a physical attack is no attribution; a noun cue ('the tax plan would …') and a passive ('is expected to') are none", () => {
        assert.deepEqual(
          quotesIn("Gunmen attacked a police checkpoint in Kirkuk on Tuesday, killing three officers."),
          [],
        );
        assert.deepEqual(quotesIn("The reconstruction plan would cost $88 billion over the next decade."), []);
        assert.deepEqual(
          quotesIn("The Security Council resolution is expected to be adopted next month in New York."),
          [],
        );
      });

      it(
        '"the United States" and "State Department" are not the verb "state"; "reports of" is a noun',
        needsSeedArticle(),
        () => {
          for (const q of seed()) assert.notEqual(q.cue, "States");
          assert.ok(!seed().some((q) => q.cue === "reports"));
        },
      );
      it("a sentence without a cue has no attribution", () => {
        assert.deepEqual(
          quotesIn("Gunmen attacked a police checkpoint in Kirkuk on Tuesday, killing three officers."),
          [],
        );
      });
    });
  });
}
