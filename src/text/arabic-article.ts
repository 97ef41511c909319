// The Arabic article as wires write it before a name: lower case, joined by a hyphen, its consonant
// assimilated to a sun letter ("al-Mayadin", "ar-Raqqa", "Deir ez-Zor"). Shared by the names rules and the
// places stage, which both read such names.
export const ARABIC_ARTICLE = "al|el|ad|an|ar|as|ash|at|az|ed|en|er|es|et|ez";

/** A word that is the article joined to a name ("al-Baghdadi", "ez-Zor"). */
export const ARTICLE_JOINED = new RegExp(`^(?:${ARABIC_ARTICLE})-\\p{Lu}`, "u");
