// Name folding shared by every lookup of a name in a list (actor aliases, gazetteer names, regions): the
// list and the text are folded the same way, so both sides must use this one function.

// Plain ASCII is its own NFKD form and has no combining marks: most words of an English report skip the
// Unicode normalisation, which is most of the cost of folding (the function runs on every word).
const ASCII = /^\p{ASCII}*$/u;

/** Folds spelling variants: Kata'ib = Kataib = Kata’ib, al-Shuhada = al Shuhada, U.S. = US. */
export function foldAlias(text: string): string {
  const decomposed = ASCII.test(text) ? text : text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return decomposed
    .replace(/['’‘`ʼ]/g, "")
    .replace(/\./g, "")
    .replace(/[-‐–\s]+/g, " ")
    .trim()
    .toLowerCase();
}
