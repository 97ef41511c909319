// ECB+ reading and scoring on an invented two-document topic laid out like the release: gold chains come
// from CROSS_DOC_COREF instances, INTRA_DOC_COREF targets and singletons; unlisted sentences are ignored.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { dataset } from "./ecbplus.js";
import { readEcbTopics } from "./ecbplus-corpus.js";

function documentXml(name: string, sentences: string[][], mentions: [string, number[]][], relations: string): string {
  let t = 0;
  const tokens = sentences.flatMap((words, s) =>
    words.map((w, n) => `<token t_id="${++t}" sentence="${s}" number="${n}">${w}</token>`),
  );
  const markables = mentions.map(
    ([id, anchors]) =>
      `<ACTION_OCCURRENCE m_id="${id}"  >\n${anchors.map((a) => `  <token_anchor t_id="${a}"/>`).join("\n")}\n</ACTION_OCCURRENCE>`,
  );
  return `<Document doc_name="${name}.xml">\n${tokens.join("\n")}\n<Markables>\n${markables.join("\n")}\n<ACTION_OCCURRENCE m_id="90" RELATED_TO="" TAG_DESCRIPTOR="t9_blast" instance_id="ACT1" />\n</Markables>\n<Relations>\n${relations}\n</Relations>\n</Document>`;
}

function writeTopic(): string {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-ecb-"));
  mkdirSync(join(dir, "ECB+", "9"), { recursive: true });
  const a = [
    ["A", "bomb", "exploded", "at", "the", "harbour", "market", "."],
    ["The", "blast", "wounded", "dozens", "."],
    ["Police", "said", "nothing", "."],
  ];
  const b = [
    ["Dozens", "hurt", "as", "bomb", "explodes", "at", "harbour", "market", "."],
    ["Officials", "condemned", "the", "attack", "."],
  ];
  writeFileSync(
    join(dir, "ECB+", "9", "9_1ecb.xml"),
    documentXml(
      "9_1ecb",
      a,
      [
        ["1", [3]],
        ["2", [10]],
        ["3", [11]],
        ["4", [15]],
      ],
      `<CROSS_DOC_COREF r_id="1" note="ACT1" >\n<source m_id="1" />\n<source m_id="2" />\n<target m_id="90" />\n</CROSS_DOC_COREF>`,
    ),
  );
  writeFileSync(
    join(dir, "ECB+", "9", "9_2ecbplus.xml"),
    documentXml(
      "9_2ecbplus",
      b,
      [
        ["1", [5]],
        ["2", [2]],
        ["3", [13]],
      ],
      `<CROSS_DOC_COREF r_id="2" note="ACT1" >\n<source m_id="1" />\n<target m_id="90" />\n</CROSS_DOC_COREF>\n<INTRA_DOC_COREF r_id="3" >\n<source m_id="3" />\n<target m_id="1" />\n</INTRA_DOC_COREF>`,
    ),
  );
  writeFileSync(
    join(dir, "ECBplus_coreference_sentences.csv"),
    "Topic,File,Sentence Number\n9,1ecb,0\n9,1ecb,1\n9,2ecbplus,0\n9,2ecbplus,1\n",
  );
  return dir;
}

describe("eval: ecbplus", () => {
  const dir = writeTopic();

  it("reads mentions of the listed sentences with their gold chains", () => {
    const mentions = readEcbTopics(dir).get("9")!;
    assert.deepEqual(
      mentions.map((m) => [m.id, m.trigger, m.chain]),
      [
        ["9_1ecb:1", "exploded", "ACT1"],
        ["9_1ecb:2", "blast", "ACT1"],
        ["9_1ecb:3", "wounded", "9_1ecb:3"],
        ["9_2ecbplus:1", "explodes", "ACT1"],
        ["9_2ecbplus:2", "hurt", "9_2ecbplus:2"],
        ["9_2ecbplus:3", "attack", "9_2ecbplus:intra:1"],
      ],
    );
    assert.ok(!mentions.some((m) => m.trigger === "said"), "sentence 2 of 9_1ecb is not listed");
  });

  it("scores the merge's clusters: 'exploded' and 'explodes' in like sentences join across documents", async () => {
    const result = await dataset.evaluate(dir, {});
    assert.equal(result.n, 1);
    assert.equal(result.extra?.mentions, 6);
    assert.ok(result.score !== null && result.score > 0 && result.score < 1, String(result.score));
    assert.ok((result.extra!.response_clusters as number) < 6, "some mentions were merged");
  });

  it("an empty folder scores null with a reason, not zero", async () => {
    const result = await dataset.evaluate(mkdtempSync(join(tmpdir(), "sitrep-ecb-empty-")), {});
    assert.equal(result.score, null);
    assert.match(result.reason ?? "", /no ECB\+ topics/);
  });
});
