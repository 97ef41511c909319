// Cue words of attribution: speech and report verbs (lexicon/quotes/cue-verbs.txt), verbs of belief,
// intention and judgment (attitude-verbs.txt), with auxiliaries ("has said", "is demanding", "doesn't
// think"), and "according to". Inflections are made here so the lexicons list base forms only.
import type { Span } from "../../doc.js";
import { readLexiconLines } from "../../lexicon.js";
import { type CueStartWords, findCueChainStart, findCueVerbStarts } from "./find-cue-starts.js";

const IRREGULAR: Record<string, string[]> = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  write: ["write", "writes", "wrote", "written", "writing"],
  think: ["think", "thinks", "thought", "thinking"],
  find: ["find", "finds", "found", "finding"],
  show: ["show", "shows", "showed", "shown", "showing"],
};

// Auxiliaries, negation and adverbs that stand between a subject and its cue; the cue span includes them.
const AUXILIARIES = [
  "has|have|had|is|are|was|were|be|been|being|would|will|could|can|may|might|should|must|did|does|do",
  "(?:has|have|had|is|are|was|were|would|will|could|can|did|does|do)n['’]t|not|never|also|still|already|again|once\\s+again",
  "\\p{Ll}+ly|later|previously|earlier|repeatedly|immediately|publicly|privately|reportedly|recently|even|then|further|long|often|first|just|openly|now",
].join("|");

/** The cue lexicons compiled: loaded once by loadResources() (loadCueLexicon) and handed to the stage. */
export type CueLexicon = CueStartWords & {
  /** Every cue verb form with its auxiliaries, and "according to" (global: for matchAll only). */
  cueRegex: RegExp;
  /** cueRegex, sticky: tried at one position (lastIndex) by findCues. Compiled once: a copy made per
   * sentence cost more than the matching (the source is some 10,000 characters to hash). */
  cueAtRegex: RegExp;
  /** Base forms ("plan", "support"): a verb only after a plural or modal subject. */
  baseForms: ReadonlySet<string>;
  /** Verbs that attribute a direct quotation only ("laugh", "add"; lexicon/quotes/quote-verbs.txt). */
  quoteOnlyForms: ReadonlySet<string>;
  /** Verbs that may stand before their speaker ("…, said Rep. Smith"; lexicon/quotes/inversion-verbs.txt). */
  inversionForms: ReadonlySet<string>;
};

function formsOf(line: string): string[] {
  return line.startsWith("=") ? [line.slice(1).trim()] : inflect(line);
}

function inflect(verb: string): string[] {
  if (IRREGULAR[verb]) return IRREGULAR[verb];
  const [head, ...rest] = verb.split(" ");
  const tail = rest.length ? " " + rest.join(" ") : "";
  const stem = head.endsWith("e") ? head.slice(0, -1) : head;
  const s = /(s|sh|ch|x)$/.test(head) ? `${head}es` : /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies` : `${head}s`;
  const ed = head.endsWith("e") ? `${head}d` : /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ied` : `${head}ed`;
  return [head, s, ed, `${stem}ing`].map((form) => form + tail);
}

export function loadCueLexicon(): CueLexicon {
  const lines = ["quotes/cue-verbs.txt", "quotes/attitude-verbs.txt"].flatMap(readLexiconLines).map((v) => v.trim());
  // The lexicon also lists some inflected forms ("said", "told"): those are no base forms.
  const inflected = new Set(lines.flatMap((v) => inflect(v).slice(1)));
  const quoteLines = readLexiconLines("quotes/quote-verbs.txt").map((v) => v.trim());
  const forms = [...lines, ...quoteLines].flatMap(formsOf);
  const cueRegex = compileCueRegex(forms);
  return {
    cueRegex,
    cueAtRegex: new RegExp(cueRegex.source, "uy"),
    firstWords: new Set(["according", "According", ...forms.map((form) => form.split(" ")[0])]),
    isAuxiliary: new RegExp(`^(?:${AUXILIARIES}|once)$`, "u"),
    endsInAuxiliary: new RegExp(`(?:${AUXILIARIES}|once)$`, "u"),
    baseForms: new Set(lines.filter((v) => !v.startsWith("=") && !inflected.has(v))),
    quoteOnlyForms: new Set(quoteLines.flatMap(formsOf)),
    inversionForms: new Set(
      readLexiconLines("quotes/inversion-verbs.txt")
        .map((v) => v.trim())
        .flatMap(formsOf),
    ),
  };
}

function compileCueRegex(forms: string[]): RegExp {
  const verbs = [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/ /g, "\\s+"))
    .join("|");
  const aux = `(?:(?:${AUXILIARIES})\\s+)*`;
  // Case-sensitive: "States" and "State Department" are not the verb "state"; only "According" is capitalised.
  // A word after an article, possessive, "to" or "for" is a noun or an infinitive ("the report", "their
  // calls", "refusing to testify"), not a report of speech.
  const notAfter =
    "(?<!(?:\\b(?:the|a|an|his|her|their|its|our|your|my|this|that|these|those|to|for|of|by|with|from|in|on|at|against|without|swing|disclosure)|['’]s)\\s+)";
  return new RegExp(`\\b(?:[Aa]ccording\\s+to|${notAfter}${aux}(?:${verbs}))\\b(?!\\s+of\\b)`, "gu");
}

/**
 * What matchAll(cueRegex) returns, with the pattern tried only where a cue may start: from the chain
 * start of each cue verb's first word to the word itself (find-cue-starts.ts), in order. A cue that
 * starts before an earlier verb's chain start would hold that verb inside its auxiliaries, which the
 * chain start walks back over, so the first position that matches is the leftmost match of matchAll.
 */
function matchCues(text: string, lexicon: CueLexicon): RegExpExecArray[] {
  const sticky = lexicon.cueAtRegex;
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (const verb of findCueVerbStarts(text, lexicon.firstWords)) {
    if (verb < from) continue;
    for (let at = Math.max(from, findCueChainStart(text, verb, lexicon)); at <= verb; at += 1) {
      sticky.lastIndex = at;
      const match = sticky.exec(text);
      if (!match) continue;
      matches.push(match);
      from = at + match[0].length;
      break;
    }
  }
  return matches;
}

/** Whether a cue's verb may stand before its speaker: "…, said Rep. Smith". */
export function allowsInversion(cue: string, lexicon: CueLexicon): boolean {
  return lexicon.inversionForms.has(lastWords(cue));
}

/** The verb of a cue without its auxiliaries: "has also continued" → "continued", "went on" → "went on". */
function lastWords(cue: string): string {
  const words = cue.split(/\s+/);
  return words.at(-1) === "on" ? words.slice(-2).join(" ") : (words.at(-1) ?? "");
}

/** A cue word span: what the attribution matchers need to know about its verb. */
export type CueSpan = Span<{ isAccordingTo: boolean; isBaseForm: boolean; isQuoteOnly: boolean }>;

export function findCues(text: string, start: number, end: number, lexicon: CueLexicon): CueSpan[] {
  const slice = text.slice(start, end);
  return matchCues(slice, lexicon).map((m) => ({
    start: start + m.index!,
    end: start + m.index! + m[0].length,
    label: "CUE",
    by: "quotes/cue-lexicon",
    // A bare base form ("plan", "support", "call") is a verb only after a plural or modal subject: the
    // attribution matcher checks that.
    data: {
      isAccordingTo: /^according/i.test(m[0]),
      isBaseForm: lexicon.baseForms.has(m[0]),
      isQuoteOnly: lexicon.quoteOnlyForms.has(lastWords(m[0])),
    },
  }));
}
