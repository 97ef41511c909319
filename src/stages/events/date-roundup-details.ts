// "At least nine people were killed across Syria on Monday. In Daraa, gunmen shot dead a former commander.
// In Idlib, a drone strike killed three fighters": a lead that sums up the events of a wide area or several
// attacks (lexicon events/roundup-cues.txt, or "across" a named place) gives the day of the events its
// paragraphs then tell one by one. An incident told after such a lead with no day of its own happened on
// the lead's day, inferred (ACLED codes each with that day). A paragraph that gives its own day keeps it;
// one that says it goes back in time ("Earlier, ...", "Last year ...") is not dated by the lead.
// A lead whose total is a tally (is-roundup-total.ts) has no incident: its sentence's own day serves.
import { type Doc, type LayerSpan, type Span, spansOf } from "../../doc.js";
import type { Incident } from "./incident.js";
import { isSayingDate } from "./is-saying-date.js";
import type { ParseTree } from "./parse-tree.js";

// "across northern Syria": "across", an optional compass adjective, then a named place.
const ACROSS = /\bacross\s+(?:(?:north|south|east|west)\w*\s+)?$/i;
// Openings that put a paragraph's act before the lead's day.
const EARLIER = /^\W*(?:earlier|previously|before that|last (?:week|month|year)|in the past)\b/i;

/** Dates with the lead's day each incident after a roundup lead that has no day of its own. */
export function dateRoundupDetails(
  doc: Doc,
  tree: ParseTree,
  incidents: Incident[],
  cues: readonly RegExp[],
  leadEnd: number,
): void {
  const sentences = spansOf(doc, "sentences");
  const leadSentence = sentences.findIndex((s) => s.end > leadEnd);
  if (leadSentence < 0 || !isRoundupLead(doc, sentences[leadSentence], cues)) return;
  const day = leadDay(doc, tree, incidents, sentences[leadSentence], leadSentence);
  if (!day) return;
  for (const incident of incidents) {
    if (incident.date || incident.mentions.some((m) => m.sentence <= leadSentence)) continue;
    const first = Math.min(...incident.mentions.map((m) => m.sentence));
    if (EARLIER.test(doc.text.slice(sentences[first].start, sentences[first].end))) continue;
    incident.date = day;
  }
}

// The lead incident's own day; with no incident in the lead (its total is a tally), the one day its
// sentence names that is not when someone spoke.
function leadDay(
  doc: Doc,
  tree: ParseTree,
  incidents: Incident[],
  sentence: Span,
  index: number,
): LayerSpan<"dates"> | null {
  const lead = incidents.find((i) => i.mentions.some((m) => m.sentence === index));
  if (lead) return lead.date && !lead.isDateSaid && isDayDate(lead.date) ? lead.date : null;
  const days = spansOf(doc, "dates").filter(
    (d) => d.start >= sentence.start && d.end <= sentence.end && isDayDate(d) && !isSayingDate(tree, d),
  );
  return days.length === 1 ? days[0] : null;
}

function isRoundupLead(doc: Doc, sentence: Span, cues: readonly RegExp[]): boolean {
  const text = doc.text.slice(sentence.start, sentence.end);
  if (cues.some((cue) => cue.test(text))) return true;
  return spansOf(doc, "places").some(
    (p) => p.start >= sentence.start && p.end <= sentence.end && ACROSS.test(doc.text.slice(sentence.start, p.start)),
  );
}

/** A date that names one day, not a day-precision span that names none ("dayless"). */
export function isDayDate(date: Span & { data?: { precision?: unknown; dayless?: unknown } }): boolean {
  return date.data?.precision === 1 && !date.data.dayless;
}
