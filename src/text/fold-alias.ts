// Name folding shared by every lookup of a name in a list (actor aliases, gazetteer names, regions): the
// list and the text are folded the same way, so both sides must use this one function.

// Plain ASCII is its own NFKD form and has no combining marks: most words of an English report skip the
// Unicode normalisation, which is most of the cost of folding (the function runs on every word).
const ASCII = /^\p{ASCII}*$/u;

/** Folds spelling variants: Kata'ib = Kataib = Kata’ib, al-Shuhada = al Shuhada, U.S. = US. */
export function foldAlias(text: string): string {
  if (isCaseOnly(text)) return text.toLowerCase();
  const decomposed = ASCII.test(text) ? text : text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return decomposed
    .replace(/['’‘`ʼ]/g, "")
    .replace(/\./g, "")
    .replace(/[-‐–\s]+/g, " ")
    .trim()
    .toLowerCase();
}

/** ASCII without apostrophes, dots, hyphens, spaces or controls (most words): nothing to fold but the case. */
function isCaseOnly(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // 32 and below: spaces and controls; 39 ', 45 -, 46 ., 96 `; 128 and up: not ASCII.
    if (code <= 32 || code === 39 || code === 45 || code === 46 || code === 96 || code >= 128) return false;
  }
  return true;
}
