// PolNeAR's brat standoff (../shared/train/polnear/): each article's text and its attribution relations,
// source, cue and content as character ranges (discontinuous spans keep every fragment). Articles that
// several annotators coded are read from the first annotator's file (sorted by name), as the eval does.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export type Fragments = readonly (readonly [number, number])[];
export type GoldRelation = { source: Fragments; cue: Fragments; content: Fragments };
export type PolnearArticle = { stem: string; text: string; relations: GoldRelation[] };

export function parseBratRelations(ann: string): GoldRelation[] {
  const spans = new Map<string, [number, number][]>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split("\n")) {
    const [id, body] = line.split("\t");
    if (!body) continue;
    if (id.startsWith("T")) {
      const offsets = body.slice(body.indexOf(" ") + 1);
      spans.set(
        id,
        offsets.split(";").map((pair) => pair.trim().split(" ").map(Number) as [number, number]),
      );
    } else if (id.startsWith("E")) events.push(Object.fromEntries(body.split(" ").map((part) => part.split(":"))));
  }
  return events.map((roles) => ({
    source: spans.get(roles.Source) ?? [],
    cue: spans.get(roles.Cue) ?? [],
    content: spans.get(roles.Content) ?? [],
  }));
}

/** Every article of a PolNeAR split folder (`text/`, `attributions/`) that has an annotation file. */
export function readPolnear(dir: string): PolnearArticle[] {
  const annFiles = readdirSync(join(dir, "attributions")).sort();
  return readdirSync(join(dir, "text"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((name) => {
      const stem = name.replace(/\.txt$/, "");
      const ann = annFiles.find((f) => f.startsWith(`${stem}_`));
      if (!ann) return [];
      const text = readFileSync(join(dir, "text", name), "utf8");
      return [{ stem, text, relations: parseBratRelations(readFileSync(join(dir, "attributions", ann), "utf8")) }];
    });
}
