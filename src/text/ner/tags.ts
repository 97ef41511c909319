// BILOU tags for the four CoNLL types. BILOU rather than the file's IOB1: a model that knows where a name
// ends and which names are one word learns boundaries better (Ratinov & Roth 2009 measured about +1 F1).
export const ENTITY_TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Tag 0 is O; then B, I, L, U of each type in ENTITY_TYPES order. */
export const TAGS: readonly string[] = [
  "O",
  ...ENTITY_TYPES.flatMap((t) => ["B", "I", "L", "U"].map((p) => `${p}-${t}`)),
];
export const TAG_COUNT = TAGS.length;

/** A run of tokens [first, last] (inclusive) with its type. */
export type TokenChunk = { first: number; last: number; type: string };

/** IOB1 (a chunk starts at B-X only when it touches another X chunk) -> token chunks. */
export function chunksFromIob(tags: readonly string[]): TokenChunk[] {
  const chunks: TokenChunk[] = [];
  let open: TokenChunk | null = null;
  tags.forEach((tag, i) => {
    const [prefix, type] = tag === "O" ? ["O", ""] : tag.split("-");
    if (open && (prefix !== "I" || type !== open.type)) {
      chunks.push(open);
      open = null;
    }
    if (prefix !== "O" && !open) open = { first: i, last: i, type };
    else if (open) open.last = i;
  });
  if (open) chunks.push(open);
  return chunks;
}

/** Token chunks -> BILOU tag indexes for a sentence of `length` tokens. */
export function bilouFromChunks(chunks: readonly TokenChunk[], length: number): number[] {
  const tags = new Array<number>(length).fill(0);
  for (const { first, last, type } of chunks) {
    const base = 1 + 4 * ENTITY_TYPES.indexOf(type as EntityType);
    if (first === last) tags[first] = base + 3;
    else for (let i = first; i <= last; i += 1) tags[i] = base + (i === first ? 0 : i === last ? 2 : 1);
  }
  return tags;
}

/** BILOU tag indexes -> chunks; a broken sequence (I without B) still yields a chunk, so nothing is lost. */
export function chunksFromBilou(tags: readonly number[]): TokenChunk[] {
  const chunks: TokenChunk[] = [];
  let open: TokenChunk | null = null;
  tags.forEach((tag, i) => {
    const type = tag === 0 ? "" : ENTITY_TYPES[(tag - 1) >> 2];
    const prefix = tag === 0 ? "O" : "BILU"[(tag - 1) & 3];
    if (open && (open.type !== type || prefix === "B" || prefix === "U" || prefix === "O")) {
      chunks.push(open);
      open = null;
    }
    if (prefix === "O") return;
    if (!open) open = { first: i, last: i, type };
    open.last = i;
    if (prefix === "L" || prefix === "U") {
      chunks.push(open);
      open = null;
    }
  });
  if (open) chunks.push(open);
  return chunks;
}

/** Whether tag `next` may follow tag `prev` (-1: sentence start) in a well-formed BILOU sequence. */
export function isAllowedTransition(prev: number, next: number): boolean {
  if (prev >= 0 && isOpen(prev)) return continues(next) && (next - 1) >> 2 === (prev - 1) >> 2;
  return !continues(next);
}

// Module-level, not closures in isAllowedTransition: Viterbi asks it tags² times per token.
/** B or I leave a chunk open. */
function isOpen(t: number): boolean {
  return t > 0 && ((t - 1) & 3) < 2;
}

/** I or L continue one. */
function continues(t: number): boolean {
  return t > 0 && ((t - 1) & 3) >= 1 && ((t - 1) & 3) <= 2;
}

/** Whether a sentence may end on tag `last` (not inside an open chunk). */
export function isAllowedEnd(last: number): boolean {
  return last === 0 || ((last - 1) & 3) >= 2;
}
