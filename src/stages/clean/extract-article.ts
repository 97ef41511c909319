// HTML -> article text and metadata, with Mozilla Readability on a linkedom DOM.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { SourceMeta } from "../../doc.js";
import type { CleanLexicons } from "./clean-lexicons.js";
import { readMetadata } from "./read-metadata.js";
import type { CleanSettings } from "./settings.js";
import { stripBoilerplateNodes } from "./strip-boilerplate-nodes.js";

export type ExtractedArticle = { text: string; meta: Partial<SourceMeta> };

const BLOCKS = new Set([
  "P",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "BLOCKQUOTE",
  "PRE",
  "TR",
  "DIV",
  "SECTION",
  "ARTICLE",
  "FIGCAPTION",
  "TABLE",
  "UL",
  "OL",
  "DL",
  "DD",
  "DT",
]);

export function extractArticle(html: string, lexicons: CleanLexicons, settings: CleanSettings): ExtractedArticle {
  // linkedom builds no <body> for a bare fragment; browsers would, so we give it one.
  const { document } = parseHTML(
    /<body[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`,
  );
  const meta = readMetadata(document, settings);
  if (document.body) stripBoilerplateNodes(document.body, lexicons, settings);
  // Readability mutates the DOM it is given; the meta tags were read first. The serializer hands back the
  // article element itself: serialising to HTML and parsing it again would double the cost of a page.
  const article = new Readability<Element>(document, {
    charThreshold: settings.readabilityCharThreshold,
    serializer: (el) => el as Element,
  }).parse();
  if (!article?.content) {
    const body = document.body ? blockText(document.body) : "";
    return { text: body, meta };
  }
  return {
    text: blockText(article.content),
    meta: {
      ...meta,
      title: meta.title ?? (article.title || undefined),
      publisher: meta.publisher ?? (article.siteName || undefined),
    },
  };
}

/** Text with a blank line between blocks, so paragraphs (and sentence ends) survive. */
function blockText(root: Element): string {
  const parts: string[] = [];
  let line = "";
  const flush = () => {
    const clean = line.replace(/[ \t\u00a0\r\n]+/g, " ").trim();
    if (clean) parts.push(clean);
    line = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT" || tag === "TEMPLATE") return;
    if (tag === "BR") line += "\n";
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return parts.join("\n\n");
}
