// The events stage asks where each mention's act happened many times over: every new mention locates each
// incident it might join (is-elsewhere.ts, find-toll-owner.ts), and an incident's location reads each of
// its mentions' clauses again, so a report's clauses were read a quadratic number of times (about 1.5% of
// the pipeline's time). A reading of one mention depends only on the document's text and layers, the
// report's mentions and the settings; layers are never changed in place, so the same objects give the same
// answer, which is kept beside the mention and goes with it.
import type { Doc } from "../../doc.js";
import type { TriggerMention } from "./find-triggers.js";
import type { EventsSettings } from "./settings.js";

type ReadMention<R> = (doc: Doc, mention: TriggerMention, all: TriggerMention[], settings: EventsSettings) => R;

type Kept<R> = { text: string; layers: Doc["layers"]; all: TriggerMention[]; settings: EventsSettings; found: R };

/** `read`, answering again from memory while the mention, the text, the layers, `all` and the settings are the
 * same objects. Callers must not change what it returns. */
export function rememberMentionReading<R>(read: ReadMention<R>): ReadMention<R> {
  const kept = new WeakMap<TriggerMention, Kept<R>>();
  return (doc, mention, all, settings) => {
    const known = kept.get(mention);
    if (
      known &&
      known.text === doc.text &&
      known.layers === doc.layers &&
      known.all === all &&
      known.settings === settings
    )
      return known.found;
    const found = read(doc, mention, all, settings);
    kept.set(mention, { text: doc.text, layers: doc.layers, all, settings, found });
    return found;
  };
}
