// The documents of eval/no-event-documents.txt, read from the dev data they come from: reports of sport,
// business, science and disasters that mention no political violence and no protest. An id that is not
// found is an error, so the list cannot silently shrink.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { SitrepError } from "../src/errors.js";
import { projectRoot } from "../src/paths.js";
import { buildDocument, parseConll } from "./conll2003-chunks.js";
import { parseTimeMl } from "./tempeval3.js";

export type QuietDocument = { id: string; text: string; kind: "text" | "html"; published?: string; reason: string };

export type ListedDocument = { folder: string; id: string; reason: string };

export function readNoEventList(path = join(projectRoot(), "eval", "no-event-documents.txt")): ListedDocument[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => {
      const [ref, reason = ""] = line.split("\t");
      const slash = ref.indexOf("/");
      return { folder: ref.slice(0, slash), id: ref.slice(slash + 1), reason };
    });
}

/** Each listed document's text (HTML for article-extraction pages, as a user would feed them). */
export function readQuietDocuments(
  dataDir: string,
  listed: readonly ListedDocument[] = readNoEventList(),
): QuietDocument[] {
  let conll: string[] | undefined;
  return listed.map(({ folder, id, reason }) => {
    const ref = `${folder}/${id}`;
    const done = (text: string, extra: Partial<QuietDocument> = {}): QuietDocument => ({
      id: ref,
      text,
      kind: "text",
      reason,
      ...extra,
    });
    if (folder === "conll2003") {
      conll ??= parseConll(readFileSync(join(dataDir, "conll2003", "eng.testa"), "utf8")).map(
        (d) => buildDocument(d).text,
      );
      const text = conll[Number(/#(\d+)$/.exec(id)?.[1]) - 1];
      if (text === undefined) throw missing(ref);
      return done(text);
    }
    if (folder === "tempeval3") {
      const file = join(dataDir, "tempeval3", "TimeBank", id);
      const doc = parseTimeMl(file, readFileSync(file, "utf8"));
      return done(doc.text, { published: doc.dct?.slice(0, 10) });
    }
    if (folder === "polnear") return done(readFileSync(join(dataDir, "polnear", "dev", "text", `${id}.txt`), "utf8"));
    if (folder === "article-extraction") {
      return done(
        gunzipSync(readFileSync(join(dataDir, "article-extraction", "html", `${id}.html.gz`))).toString("utf8"),
        { kind: "html" },
      );
    }
    throw missing(ref);
  });
}

function missing(ref: string): SitrepError {
  return new SitrepError("bad-input", `no-event-documents.txt lists ${ref}, which is not in the eval data`);
}
