// CoNLL-U reading for training and scoring: one entry per syntactic word. Multiword-token lines ("1-2")
// and empty nodes ("1.1") are skipped, as the CoNLL 2018 scorer does with gold tokenisation.
export type ConlluWord = { form: string; upos: string; head: number; deprel: string };
export type ConlluSentence = { id: string; words: ConlluWord[] };

export function readConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let id = "";
  let words: ConlluWord[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith("# sent_id = ")) id = line.slice("# sent_id = ".length).trim();
    else if (line.trim() === "") {
      if (words.length > 0) sentences.push({ id: id || `s${sentences.length + 1}`, words });
      words = [];
      id = "";
    } else if (!line.startsWith("#")) {
      const columns = line.split("\t");
      if (!/^\d+$/.test(columns[0])) continue;
      words.push({ form: columns[1], upos: columns[3], head: Number(columns[6]), deprel: columns[7] });
    }
  }
  if (words.length > 0) sentences.push({ id: id || `s${sentences.length + 1}`, words });
  return sentences;
}
