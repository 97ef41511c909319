// The events stage asks where each mention's act happened many times over: every new mention locates each
// incident it might join (is-elsewhere.ts, find-toll-owner.ts), and an incident's location reads each of
// its mentions' clauses again, so a report's clauses were read a quadratic number of times (about 1.5% of
// the pipeline's time). A reading of one mention depends only on the document's text and layers, the
// report's mentions, the settings and the word lists it is given; layers are never changed in place, so the same objects give the same
// answer, which is kept beside the mention and goes with it.
import type { Doc } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import type { EventsSettings } from "./settings.js";

/** `words`: a lexicon the reading depends on, loaded once per stage (void when it reads none). */
type ReadMention<R, W> = (
  doc: Doc,
  mention: TriggerMention,
  all: TriggerMention[],
  settings: EventsSettings,
  words: W,
) => R;

type Kept<R, W> = {
  text: string;
  layers: Doc["layers"];
  all: TriggerMention[];
  settings: EventsSettings;
  words: W;
  found: R;
};

/** `read`, answering again from memory while the mention, the text, the layers, `all`, the settings and the
 * words are the same objects. Callers must not change what it returns. */
export function rememberMentionReading<R, W = void>(read: ReadMention<R, W>): ReadMention<R, W> {
  const kept = new WeakMap<TriggerMention, Kept<R, W>>();
  return (doc, mention, all, settings, words) => {
    const known = kept.get(mention);
    if (
      known &&
      known.text === doc.text &&
      known.layers === doc.layers &&
      known.all === all &&
      known.settings === settings &&
      known.words === words
    )
      return known.found;
    const found = read(doc, mention, all, settings, words);
    kept.set(mention, { text: doc.text, layers: doc.layers, all, settings, words, found });
    return found;
  };
}
