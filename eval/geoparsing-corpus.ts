// Reads the two geoparsing corpora (GPL-3.0, Gritta et al.; never copied into the repo). LGL marks
// toponyms as <toponym><start/><end/><phrase/><gaztag><lat/><lon/>…; toponyms without a gaztag have no
// coordinates. GeoVirus marks <location><name/><start/><end/><lat/><lon/>, and its offsets are often one
// character early, so every gold span is re-anchored on its name near the stated offset.
import { readFileSync } from "node:fs";

export type GoldToponym = {
  start: number;
  end: number;
  name: string;
  latitude: number | null;
  longitude: number | null;
};
export type GeoArticle = { id: string; text: string; published?: string; toponyms: GoldToponym[] };

export function readGeoCorpus(file: string): GeoArticle[] {
  const xml = readFileSync(file, "utf8");
  return [...xml.matchAll(/<article\b([^>]*)>([\s\S]*?)<\/article>/g)].map((m, i) =>
    readArticle(m[2], attr(m[1], "docid") ?? String(i)),
  );
}

function readArticle(body: string, id: string): GeoArticle {
  const text = decodeXml(tag(body, "text") ?? "");
  const marks = [...body.matchAll(/<(toponym|location)>([\s\S]*?)<\/\1>/g)].map((m) => m[2]);
  const toponyms = marks.map((mark) => readToponym(mark, text)).filter((t): t is GoldToponym => t !== undefined);
  const published = tag(body, "dltime")?.slice(0, 10);
  return { id, text, published, toponyms };
}

function readToponym(mark: string, text: string): GoldToponym | undefined {
  const name = decodeXml(tag(mark, "phrase") ?? tag(mark, "name") ?? "");
  const start = Number(tag(mark, "start"));
  const lat = tag(mark, "lat");
  const lon = tag(mark, "lon");
  const anchored = anchorSpan(text, name, start);
  if (anchored === undefined) return undefined;
  return {
    start: anchored,
    end: anchored + name.length,
    name,
    latitude: lat === undefined ? null : Number(lat),
    longitude: lon === undefined ? null : Number(lon),
  };
}

/** The stated offset when the name is there, else the nearest occurrence within a few characters. */
export function anchorSpan(text: string, name: string, start: number): number | undefined {
  if (!name) return undefined;
  for (let delta = 0; delta <= 3; delta++) {
    for (const at of [start - delta, start + delta]) if (at >= 0 && text.startsWith(name, at)) return at;
  }
  return undefined;
}

function tag(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml)?.[1];
}

function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1];
}

function decodeXml(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
