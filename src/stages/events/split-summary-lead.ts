// A lead that sums up several attacks and the sentences that then tell each one: "Gunmen killed 14
// civilians in attacks on two villages on Monday" and then "... opened fire on a market in <town>,
// killing nine" and "Hours later, another group attacked <village>, killing five". Grouping puts the
// details in the lead's incident (one sub-type, no day of their own) or, when they name another town, in
// incidents of their own without the lead's day; either way the lead's total becomes a toll. ACLED codes
// one event per attack: when the lead counts N attacks or targets and exactly N sentences after it tell
// attacks of its kind, each of them is one incident with its own toll, dated by the lead (a detail
// with no day of its own happened on the day the summary gives). The lead's words (its actor, its
// trigger) stay with the first, after that attack's own words, whose kind is the record's; its total is no one attack's toll, so its sentences count for none, and
// the others may take its actor when they name none (`summary`). Any other number of detail sentences
// (one: the lead and the body tell the same attack) leaves the incidents as they are.
import { type Doc, spansOf } from "../../doc.js";
import { overlapsAny } from "../../text/span-overlap.js";
import type { Incident } from "./incident.js";

// Counted nouns (numbers stage, data.counts) that count incidents: "two attacks", "raids on two villages".
const INCIDENT_COUNTS = new Set(["attacks", "targets"]);

export function splitSummaryLeads(doc: Doc, incidents: Incident[]): Incident[] {
  let result = incidents;
  for (const lead of incidents) {
    if (!result.includes(lead)) continue;
    const split = splitSummaryLead(doc, lead, result);
    if (!split) continue;
    const at = result.indexOf(lead);
    const rest = result.filter((i) => i !== lead && !split.taken.includes(i));
    result = [...rest.slice(0, at), ...split.parts, ...rest.slice(at)];
  }
  return result;
}

type Split = { parts: Incident[]; taken: Incident[] };

function splitSummaryLead(doc: Doc, lead: Incident, incidents: Incident[]): Split | null {
  const summaryEnd = summarySentencesEnd(doc, lead);
  if (!summaryEnd) return null;
  const { last, parts: count } = summaryEnd;
  const details = lead.mentions.filter((m) => m.sentence > last);
  const others = incidents.filter((i) => i !== lead && isDetailIncident(i, lead, last));
  const sentences = [...new Set([...details, ...others.flatMap((i) => i.mentions)].map((m) => m.sentence))]
    .sort((a, b) => a - b)
    .slice(0, count);
  const isInDetails = (i: Incident) => i.mentions.every((m) => sentences.includes(m.sentence));
  const taken = others.filter(isInDetails);
  const isOnlyTaken = (s: number) =>
    !others.some((i) => !taken.includes(i) && i.mentions.some((m) => m.sentence === s));
  if (sentences.length !== count || !details.every((m) => sentences.includes(m.sentence))) return null;
  if (!sentences.every(isOnlyTaken)) return null;
  const summary = lead.mentions.filter((m) => m.sentence <= last);
  const parts = sentences.map((sentence, i) => {
    const own = taken.filter((t) => t.mentions.some((m) => m.sentence === sentence));
    const told = [...details, ...own.flatMap((t) => t.mentions)].filter((m) => m.sentence === sentence);
    const extra = own.flatMap((t) => [...t.sentences]);
    return {
      mentions: [...told, ...(i === 0 ? summary : [])],
      date: lead.date ?? own.find((t) => t.date)?.date ?? null,
      sentences: new Set([sentence, ...extra]),
      ...(i === 0 ? {} : { summary }),
    };
  });
  return { parts, taken };
}

/** The lead's last summary sentence and the count it states: its first sentences each count N >= 2. */
function summarySentencesEnd(doc: Doc, lead: Incident): { last: number; parts: number } | null {
  const told = [...new Set(lead.mentions.map((m) => m.sentence))].sort((a, b) => a - b);
  const counts = told.map((s) => summaryCountIn(doc, s));
  // A lead told only in summary sentences ends with them: its attacks are all incidents of their own.
  const firstDetail = counts.indexOf(null);
  const end = firstDetail === -1 ? counts.length : firstDetail;
  if (end === 0) return null;
  const parts = counts[end - 1]!;
  return counts.slice(0, end).every((n) => n === parts) ? { last: told[end - 1], parts } : null;
}

/**
 * An incident told after the lead, undated or on the lead's day, with a mention of the lead's disorder. Not
 * only its sub-type: one of the attacks summed up may be told by its arson ("set fire to homes, killing five").
 */
function isDetailIncident(incident: Incident, lead: Incident, last: number): boolean {
  if (!incident.mentions.some((m) => m.disorderType === lead.mentions[0].disorderType)) return false;
  if (!incident.mentions.every((m) => m.sentence > last)) return false;
  const [a, b] = [incident.date?.data, lead.date?.data];
  return !a || (!!b && a.start === b.start && a.end === b.end);
}

/** The count of incidents or targets (two or more) a sentence states, or null. */
function summaryCountIn(doc: Doc, sentenceIndex: number): number | null {
  const sentence = spansOf(doc, "sentences")[sentenceIndex];
  const dates = spansOf(doc, "dates");
  const count = spansOf(doc, "numbers").find(
    (n) =>
      n.label === "COUNT" &&
      n.start >= sentence.start &&
      n.end <= sentence.end &&
      INCIDENT_COUNTS.has(String(n.data?.counts)) &&
      Number(n.data?.best) >= 2 &&
      n.data?.low === n.data?.best &&
      !overlapsAny(dates, n),
  );
  return count ? Number(count.data?.best) : null;
}
