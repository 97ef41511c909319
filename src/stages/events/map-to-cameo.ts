// ACLED sub-event type → CAMEO code → PLOVER type and mode, both as data tables (lexicon/events/).
import { readLexiconLines, readLexiconTable } from "../../lexicon.js";

export type PloverCode = { type: string; mode: string };
export type CameoTyping = { cameo?: string; plover?: string; ploverMode?: string };

let acledToCameo: Map<string, string> | undefined;
let cameoToPlover: Map<string, PloverCode> | undefined;

/** "195: ASSAULT, heavy-weapons, military # Employ aerial weapons" lines of the PLOVER table. */
export function loadCameoToPlover(): Map<string, PloverCode> {
  cameoToPlover ??= new Map(
    readLexiconLines("events/cameo-to-plover.txt").flatMap((line) => {
      const match = /^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,#]*))?/.exec(line);
      return match ? [[match[1], { type: match[2], mode: (match[3] ?? "").trim() }] as const] : [];
    }),
  );
  return cameoToPlover;
}

/** The PLOVER code of a CAMEO code, falling back to its base (3 digits) and root (2 digits). */
export function ploverOf(cameo: string): PloverCode | null {
  const table = loadCameoToPlover();
  for (const code of [cameo, cameo.slice(0, 3), cameo.slice(0, 2)]) {
    const found = table.get(code);
    if (found) return found;
  }
  return null;
}

export function mapToCameo(subEventType: string): CameoTyping {
  acledToCameo ??= new Map(readLexiconTable("events/acled-to-cameo.tsv").map((row) => [row.sub_event_type, row.cameo]));
  const cameo = acledToCameo.get(subEventType);
  if (!cameo) return {};
  const plover = ploverOf(cameo);
  return { cameo, plover: plover?.type, ploverMode: plover?.mode || undefined };
}
