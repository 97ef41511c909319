// Name folding shared by every lookup of a name in a list (actor aliases, gazetteer names, regions): the
// list and the text are folded the same way, so both sides must use this one function.

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
