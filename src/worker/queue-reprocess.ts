// `sitrep reprocess --queue`: one pipeline job per stored document (or the one asked for), for `sitrep worker`s to
// run in parallel instead of this process running them one after another.
import { makeWorkerUtils } from "graphile-worker";
import { chooseRows } from "../reprocess-documents.js";
import type { Store } from "../store/store.js";
import { queuePipeline } from "./jobs.js";

export async function queueReprocess(
  url: string,
  store: Store,
  options: { documentId?: string; published?: string },
): Promise<number> {
  const rows = await chooseRows(store, options.documentId);
  const utils = await makeWorkerUtils({ connectionString: url });
  try {
    await utils.migrate();
    for (const row of rows) await queuePipeline(utils, { documentId: row.document_id, published: options.published });
  } finally {
    await utils.release();
  }
  return rows.length;
}
