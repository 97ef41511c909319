// models/word-clusters.tsv.gz: gzip of comment lines ("# ...") then one line per word, its cluster key
// (cluster-key.ts) and its class at each level, coarsest first, tab-separated. Text, so it diffs and greps.
import { gunzipSync, gzipSync } from "node:zlib";

export const WORD_CLUSTERS_FILE = "models/word-clusters.tsv.gz";

/** Cluster key (cluster-key.ts) → class per level, coarsest first. */
export type ClusterClasses = ReadonlyMap<string, readonly number[]>;

/** The classes, and `levels` the number of classes at each level. */
export type WordClusters = { levels: readonly number[]; classes: ClusterClasses };

export function encodeWordClusters(clusters: WordClusters, about: string): Buffer {
  const lines = [`# ${about}`, `# levels\t${clusters.levels.join("\t")}`];
  for (const [key, ids] of clusters.classes) lines.push(`${key}\t${ids.join("\t")}`);
  return gzipSync(`${lines.join("\n")}\n`, { level: 9 });
}

export function decodeWordClusters(file: Buffer): WordClusters {
  let levels: number[] = [];
  const classes = new Map<string, number[]>();
  for (const line of gunzipSync(file).toString("utf8").split("\n")) {
    if (line.startsWith("# levels\t")) levels = line.split("\t").slice(1).map(Number);
    if (!line || line.startsWith("#")) continue;
    const [key, ...ids] = line.split("\t");
    classes.set(key, ids.map(Number));
  }
  return { levels, classes };
}
