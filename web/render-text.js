// Article text is untrusted (scraped pages, pasted reports): it enters the page only as text nodes, never
// as HTML. Evidence spans become <mark> elements around those text nodes; overlapping spans are cut at
// their boundaries and each piece names every field it supports. Offsets count UTF-16 code units, as
// JavaScript strings do, which is the unit the API gives.
export function renderMarkedText(container, text, spans) {
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])]
    .filter((n) => n >= 0 && n <= text.length)
    .sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const piece = document.createTextNode(text.slice(start, end));
    const covering = spans.filter((s) => s.start <= start && end <= s.end);
    if (covering.length === 0) {
      parts.push(piece);
      continue;
    }
    const mark = document.createElement("mark");
    const fields = [...new Set(covering.map((s) => s.field))];
    mark.dataset.field = fields[0];
    mark.dataset.fields = fields.join(" ");
    mark.title = fields.join(", ");
    mark.append(piece);
    parts.push(mark);
  }
  container.replaceChildren(...parts);
}

/** A plain element with text content: the only way values from the store reach the page. */
export function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}
