// Many aliases -> two alternation regexes (one case-sensitive for acronyms like "KH", "US", one not) and a
// map from the folded form back to the entry. One pass over the text instead of one regex per alias.

export type AliasMatch<T> = { start: number; end: number; entry: T };

/** Folds spelling variants: Kata'ib = Kataib = Kata’ib, al-Shuhada = al Shuhada, U.S. = US. */
export function foldAlias(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’‘`ʼ]/g, "")
    .replace(/\./g, "")
    .replace(/[-‐–\s]+/g, " ")
    .trim()
    .toLowerCase();
}

function aliasPattern(alias: string): string {
  return alias
    .trim()
    .split("")
    .map((ch) => {
      if (/['’‘`ʼ]/.test(ch)) return "['’‘`ʼ]?";
      if (/[-‐–\s]/.test(ch)) return "[-‐–\\s]+";
      if (ch === ".") return "\\.?";
      return ch.replace(/[\\^$*+?()[\]{}|/]/g, "\\$&");
    })
    .join("")
    .replace(/(\[-‐–\\s\]\+)+/g, "[-‐–\\s]+");
}

function isAcronym(alias: string): boolean {
  return /^[A-Z][A-Z.&-]{0,6}$/.test(alias.replace(/\s/g, "")) || /^[A-Z]\.[A-Z]\.?$/.test(alias);
}

export type AliasMatcher<T> = { find(text: string): AliasMatch<T>[] };

export function buildAliasMatcher<T>(entries: { aliases: string[]; entry: T }[]): AliasMatcher<T> {
  const byFold = new Map<string, T>();
  const sensitive: string[] = [];
  const insensitive: string[] = [];
  for (const { aliases, entry } of entries) {
    for (const alias of aliases) {
      const folded = foldAlias(alias);
      if (!folded) continue;
      // The first entry to claim a folded name keeps it; every spelling still gets its own pattern.
      if (!byFold.has(folded)) byFold.set(folded, entry);
      (isAcronym(alias) ? sensitive : insensitive).push(alias);
    }
  }
  const compile = (aliases: string[], flags: string) => {
    if (aliases.length === 0) return null;
    const body = [...new Set(aliases)]
      .sort((a, b) => b.length - a.length)
      .map(aliasPattern)
      .join("|");
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
  };
  const regexes = [compile(sensitive, "gu"), compile(insensitive, "giu")].filter((r): r is RegExp => r !== null);
  return {
    find(text) {
      const matches: AliasMatch<T>[] = [];
      for (const regex of regexes) {
        for (const m of text.matchAll(regex)) {
          let end = m.index! + m[0].length;
          if (text[end - 1] === "." && !/\.[A-Za-z]\.$/.test(m[0])) end -= 1; // "U.S." keeps its dot, a sentence's own does not matter
          const entry = byFold.get(foldAlias(text.slice(m.index!, end)));
          if (entry !== undefined) matches.push({ start: m.index!, end, entry });
        }
      }
      return removeOverlaps(matches);
    },
  };
}

/** Longest match wins; at equal length the earlier one. */
export function removeOverlaps<T extends { start: number; end: number }>(matches: T[]): T[] {
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const m of sorted) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
