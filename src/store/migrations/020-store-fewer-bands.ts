// Fewer near-duplicate bands: 16, not 32 (CONFIG.minHashBands). Each band is a row of fingerprint_buckets, whose key
// (band, bucket, document) puts every new row at a random place in its B-tree, so a commit of 50 documents dirtied a
// leaf page for nearly every one of its 1,600 rows: a fifth of the CPU of raw inserts of a save (bench/RESULTS.md,
// session 15). The first 16 bands keep their keys (the same hash of the same minima), and a pair at the 0.8 threshold
// still becomes a candidate with p = 0.9998. The signature, all 128 minima, stays in `fingerprints` and still decides
// (estimateResemblance), so no stored information is lost: `down` rebuilds the other bands from it.
import type { Kysely } from "kysely";
import { CONFIG } from "../../config.js";
import { bandBucket, decodeSignature } from "../fingerprint.js";

/** Bands stored before this migration (128 minima in bands of 4), and those kept: numbers, not CONFIG's, so that the
 * migration does what it did when written whatever the settings become. */
const BANDS_BEFORE = 32;
const KEPT_BANDS = 16;

type Tables = {
  fingerprint_buckets: { document_id: string; band: number; bucket: string };
  fingerprints: { document_id: string; signature: string };
};

export async function up(db: Kysely<unknown>): Promise<void> {
  await (db as Kysely<Tables>).deleteFrom("fingerprint_buckets").where("band", ">=", KEPT_BANDS).execute();
}

/** Rebuilds the dropped bands from each stored signature, a page of documents at a time. */
export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = db as Kysely<Tables>;
  if (CONFIG.minHashBandRows * BANDS_BEFORE !== CONFIG.minHashPermutations) throw new Error("signature shape changed");
  let after = "";
  for (;;) {
    const page = await tables
      .selectFrom("fingerprints")
      .select(["document_id", "signature"])
      .where("document_id", ">", after)
      .orderBy("document_id")
      .limit(500)
      .execute();
    if (page.length === 0) return;
    const rows = page.flatMap(({ document_id, signature }) => {
      const minima = decodeSignature(signature);
      return Array.from({ length: BANDS_BEFORE - KEPT_BANDS }, (_, i) => ({
        document_id,
        band: KEPT_BANDS + i,
        bucket: bandBucket(minima, KEPT_BANDS + i),
      }));
    });
    for (let i = 0; i < rows.length; i += 1000)
      await tables
        .insertInto("fingerprint_buckets")
        .values(rows.slice(i, i + 1000))
        .execute();
    after = page.at(-1)!.document_id;
  }
}
