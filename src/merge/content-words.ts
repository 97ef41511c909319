// Content-word stems of a sentence, for comparing how two reports word one incident. A crude suffix
// stripper is enough here: it only has to make "strike", "strikes" and "striking" meet, and both sides
// go through the same function.
const STOPWORDS = new Set(
  (
    "a an the and or but of in on at to for from by with without as is are was were be been being has have had do does did " +
    "it its this that these those he she they them his her their we our you i not no said says say told according also " +
    "after before during while when where which who whom whose than then there here into over under about more most other " +
    "some any all one two three would could should will may might can just"
  ).split(" "),
);

export function findContentStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (word.length < 3 || STOPWORDS.has(word)) continue;
    stems.add(stemWord(word));
  }
  return stems;
}

export function stemWord(word: string): string {
  const w = word.toLowerCase();
  for (const suffix of ["ings", "ing", "ied", "ies", "ed", "es", "s"]) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix))
      return w.slice(0, -suffix.length) + (suffix.startsWith("i") && suffix !== "ing" && suffix !== "ings" ? "y" : "");
  }
  return w;
}

export function measureJaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return shared / (a.size + b.size - shared);
}
