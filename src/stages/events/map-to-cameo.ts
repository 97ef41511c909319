// ACLED sub-event type → CAMEO code → PLOVER type and mode, both as data tables (lexicon/events/).
// The tables are read by loadEventLexicons (event-lexicons.ts).
import type { EventLexicons, PloverCode } from "./event-lexicons.js";

export type { PloverCode };
export type CameoTyping = { cameo?: string; plover?: string; ploverMode?: string };

/** The PLOVER code of a CAMEO code, falling back to its base (3 digits) and root (2 digits). */
export function ploverOf(cameo: string, lexicons: EventLexicons): PloverCode | null {
  const table = lexicons.cameoToPlover;
  for (const code of [cameo, cameo.slice(0, 3), cameo.slice(0, 2)]) {
    const found = table.get(code);
    if (found) return found;
  }
  return null;
}

export function mapToCameo(subEventType: string, lexicons: EventLexicons): CameoTyping {
  const cameo = lexicons.acledToCameo.get(subEventType);
  if (!cameo) return {};
  const plover = ploverOf(cameo, lexicons);
  return { cameo, plover: plover?.type, ploverMode: plover?.mode || undefined };
}
