// Reads ECB+ (Cybulska & Vossen 2014): per document its tokens by sentence, its event mentions (ACTION_* and
// NEG_ACTION_* markables anchored to tokens) and each mention's gold chain: the CROSS_DOC_COREF instance it
// belongs to, else its INTRA_DOC_COREF chain, else itself alone. Only mentions in the sentences listed in
// ECBplus_coreference_sentences.csv are kept: the release notes say coreference was annotated for those.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export type EcbMention = {
  id: string;
  documentId: string;
  topic: string;
  trigger: string;
  sentence: string;
  chain: string;
};

export function readEcbTopics(dir: string): Map<string, EcbMention[]> {
  const root = join(dir, "ECB+");
  const topics = new Map<string, EcbMention[]>();
  if (!existsSync(root)) return topics;
  const selected = readSelectedSentences(join(dir, "ECBplus_coreference_sentences.csv"));
  for (const topic of readdirSync(root).sort((a, b) => Number(a) - Number(b))) {
    const files = readdirSync(join(root, topic))
      .filter((f) => f.endsWith(".xml"))
      .sort();
    topics.set(
      topic,
      files.flatMap((file) => parseEcbDocument(topic, file, readFileSync(join(root, topic, file), "utf8"), selected)),
    );
  }
  return topics;
}

/** "1_10ecbplus" -> the sentence numbers annotated for coreference. */
function readSelectedSentences(path: string): Map<string, Set<number>> {
  const selected = new Map<string, Set<number>>();
  for (const line of readFileSync(path, "utf8").split(/\r?\n/).slice(1)) {
    const [topic, file, sentence] = line.split(",");
    if (!sentence) continue;
    const key = `${topic}_${file}`;
    (selected.get(key) ?? selected.set(key, new Set()).get(key)!).add(Number(sentence));
  }
  return selected;
}

export function parseEcbDocument(
  topic: string,
  file: string,
  xml: string,
  selected: Map<string, Set<number>>,
): EcbMention[] {
  const documentId = file.replace(/\.xml$/, "");
  const tokens = new Map<string, { sentence: number; text: string }>();
  for (const m of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g))
    tokens.set(m[1], { sentence: Number(m[2]), text: decodeXml(m[3]) });
  const sentences = new Map<number, string[]>();
  for (const t of tokens.values())
    (sentences.get(t.sentence) ?? sentences.set(t.sentence, []).get(t.sentence)!).push(t.text);
  const chains = readChains(documentId, xml);
  const keep = selected.get(documentId) ?? new Set<number>();
  const mentions: EcbMention[] = [];
  for (const m of xml.matchAll(/<((?:NEG_)?ACTION_[A-Z_]+) m_id="(\d+)"\s*>([\s\S]*?)<\/\1>/g)) {
    const anchors = [...m[3].matchAll(/t_id="(\d+)"/g)].map((a) => tokens.get(a[1])).filter((t) => t !== undefined);
    if (anchors.length === 0 || !keep.has(anchors[0].sentence)) continue;
    const id = `${documentId}:${m[2]}`;
    mentions.push({
      id,
      documentId,
      topic,
      trigger: anchors.map((t) => t.text).join(" "),
      sentence: sentences.get(anchors[0].sentence)!.join(" "),
      chain: chains.get(m[2]) ?? id,
    });
  }
  return mentions;
}

/** mention m_id -> chain key: the cross-document instance id, or the document's own chain target. */
function readChains(documentId: string, xml: string): Map<string, string> {
  const instances = new Map<string, string>();
  for (const m of xml.matchAll(/<[A-Z_]+ m_id="(\d+)"[^>]*?instance_id="([^"]+)"/g)) instances.set(m[1], m[2]);
  const chains = new Map<string, string>();
  for (const r of xml.matchAll(/<(CROSS_DOC_COREF|INTRA_DOC_COREF)[^>]*>([\s\S]*?)<\/\1>/g)) {
    const target = /<target m_id="(\d+)"/.exec(r[2])?.[1];
    if (!target) continue;
    const key =
      r[1] === "CROSS_DOC_COREF"
        ? (instances.get(target) ?? `${documentId}:${target}`)
        : `${documentId}:intra:${target}`;
    for (const s of r[2].matchAll(/<source m_id="(\d+)"/g)) chains.set(s[1], key);
  }
  return chains;
}

function decodeXml(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e]!,
  );
}
