// An organisation name no actor dictionary knows, headed like an armed group ("Popular Resistance
// Brigades", "Free Syrian Army"), is kept as a candidate actor: the events stage may read it, an analyst
// may add it to lexicon/actors/armed-groups.tsv.
import type { LayerSpan } from "../../doc.js";

const ARMED_HEAD =
  /\b(?:Brigades?|Army|Front|Movement|Militias?|Forces|Battalions?|Regiment|Guards?|Jihad|Mujahideen|Liberation|Resistance|Rebels|Fighters)\b/u;

export function markActorCandidates(text: string, spans: LayerSpan<"entities">[]): LayerSpan<"entities">[] {
  return spans.map((s) =>
    s.label === "ORG" && ARMED_HEAD.test(text.slice(s.start, s.end))
      ? { ...s, data: { ...s.data, actorCandidate: true } }
      : s,
  );
}
