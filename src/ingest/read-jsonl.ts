import type { IngestItem } from "./raw-document.js";

/** One JSONL line -> a raw document. A bad line is a skipped input named `file:line`, never a crash. */
export function parseJsonlLine(line: string, origin: string, lineNumber: number): IngestItem | null {
  if (line.trim() === "") return null;
  const where = `${origin}:${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return {
      skipped: {
        origin: where,
        reason: "bad-jsonl",
        detail: `line ${lineNumber} is not JSON: ${(error as Error).message}`,
      },
    };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { skipped: { origin: where, reason: "bad-jsonl", detail: `line ${lineNumber} is not a JSON object` } };
  }
  const record = value as Record<string, unknown>;
  const text = stringOf(record.text);
  const html = stringOf(record.html);
  if (!text && !html) {
    return {
      skipped: { origin: where, reason: "bad-jsonl", detail: `line ${lineNumber} has neither "text" nor "html"` },
    };
  }
  const id = stringOf(record.id);
  return {
    raw: {
      origin: id ?? where,
      kind: text ? "text" : "html",
      content: (text ?? html)!,
      meta: {
        url: stringOf(record.url),
        title: stringOf(record.title),
        published: stringOf(record.published),
        publisher: stringOf(record.publisher),
        // The line's own language tag: no detection for it (short items are where detection errs).
        language: stringOf(record.lang),
      },
    },
  };
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}
