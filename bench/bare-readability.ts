// The baseline sitrep's clean stage is measured against: bare Mozilla Readability on a linkedom DOM,
// returning `textContent` exactly as the article-extraction benchmark's own readability_js extractor does.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export function extractWithBareReadability(html: string): string {
  const { document } = parseHTML(html);
  try {
    return new Readability(document).parse()?.textContent ?? "";
  } catch {
    // linkedom cannot build some pages Readability needs (no <body>): the baseline extracts nothing.
    return "";
  }
}
