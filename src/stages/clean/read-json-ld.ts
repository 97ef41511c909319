// schema.org JSON-LD of a page (NewsArticle, Article, ReportageNewsArticle ...): the publisher's own
// structured statement of headline, authors, dates and publisher, more reliable than meta tags.
export type JsonLdArticle = {
  headline?: string;
  authors: string[];
  datePublished?: string;
  publisher?: string;
  url?: string;
};

type Node = Record<string, unknown>;

export function readJsonLdArticle(document: Document): JsonLdArticle | undefined {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue; // a broken block is common (trailing commas); the meta tags remain
    }
    const article = findArticleNode(data);
    if (article) return toArticle(article);
  }
  return undefined;
}

function findArticleNode(data: unknown): Node | undefined {
  if (Array.isArray(data)) return data.map(findArticleNode).find(Boolean);
  if (!data || typeof data !== "object") return undefined;
  const node = data as Node;
  const types = ([] as unknown[]).concat(node["@type"] ?? []).map(String);
  if (types.some((t) => /Article$|^BlogPosting$|^Report$/.test(t))) return node;
  return findArticleNode(node["@graph"]);
}

function toArticle(node: Node): JsonLdArticle {
  return {
    headline: text(node.headline) ?? text(node.name),
    authors: names(node.author),
    datePublished: text(node.datePublished) ?? text(node.dateCreated),
    publisher: names(node.publisher)[0],
    url: text(node.url) ?? text((node.mainEntityOfPage as Node | undefined)?.["@id"]) ?? text(node.mainEntityOfPage),
  };
}

function names(value: unknown): string[] {
  return ([] as unknown[])
    .concat(value ?? [])
    .map((v) => (typeof v === "string" ? v : text((v as Node)?.name)))
    .filter((v): v is string => !!v && !/^https?:/.test(v));
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}
