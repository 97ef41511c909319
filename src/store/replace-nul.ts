// PostgreSQL's text and jsonb hold no NUL character, where SQLite's do: a NUL in untrusted input (a JSONL line
// quoted in a skipped input's detail, a report's text, an event's sentence) stopped a whole run on PostgreSQL
// with "invalid byte sequence for encoding UTF8: 0x00" (found by the fuzz test). Every NUL written becomes
// U+FFFD, the replacement character: one UTF-16 unit like NUL, so span offsets into the text stay right.
import { type KyselyPlugin, OperationNodeTransformer, type PrimitiveValueListNode, type ValueNode } from "kysely";

const NUL = "\u0000";
const REPLACEMENT = "\ufffd";
/** NUL escaped inside JSON (a stored record): jsonb refuses it too. An escaped backslash before it is text. */
const JSON_NUL = /(?<!\\)((?:\\\\)*)\\u0000/g;

class NulReplacer extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    return super.transformValue({ ...node, value: withoutNul(node.value) });
  }

  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return super.transformPrimitiveValueList({ ...node, values: node.values.map(withoutNul) });
  }
}

export function createReplaceNulPlugin(): KyselyPlugin {
  const replacer = new NulReplacer();
  return {
    transformQuery: ({ node }) => replacer.transformNode(node),
    transformResult: async ({ result }) => result,
  };
}

export function withoutNul(value: unknown): unknown {
  if (typeof value !== "string") return value;
  let text = value.includes(NUL) ? value.replaceAll(NUL, REPLACEMENT) : value;
  // Only JSON documents carry the escape; elsewhere "\u0000" is six characters someone wrote.
  if ((text.startsWith("{") || text.startsWith("[")) && text.includes("\\u0000"))
    text = text.replace(JSON_NUL, "$1\\ufffd");
  return text;
}
