// Whether two dates layer spans can tell the same day: their resolved ranges (ISO dates, which order as
// strings) overlap. Grouping joins a dated mention to an incident of such a date (group-mentions.ts), and a
// protest's injured or arrested to that protest (find-protest-incident.ts).
import type { LayerSpan } from "../../doc.js";

export function datesOverlap(a: LayerSpan<"dates">, b: LayerSpan<"dates">): boolean {
  const [aStart, aEnd] = [String(a.data!.start), String(a.data!.end)];
  const [bStart, bEnd] = [String(b.data!.start), String(b.data!.end)];
  return aStart <= bEnd && bStart <= aEnd;
}
