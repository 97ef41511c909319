// Some pages state their date only where the reader sees it: "By Jane Doe | Published: Saturday, 7 November
// 2026 - 10:35 am" under the headline, with no meta tag, JSON-LD or <time>. Without it every "on Friday" in
// the story stays unresolved. Pages also show other dates: today's date in the masthead, the dates of
// stories in a rail. So a date line is taken only when it says it is the publication ("Published", "Posted"),
// or else when it is the first date line after the headline; a day with its year, never a guessed one.

const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** "7 November 2026", "Nov. 7, 2026", "November 7th 2026". */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\.?,?\\s+((?:19|20)\\d\\d)\\b`, "i");
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, "i");
/** "Updated" and "modified" name a later day than the story's. */
const PUBLISHED_LABEL = /\b(?:published|posted|first published)\b/i;

/** The page's visible publication day as YYYY-MM-DD, or undefined. `maxChars`: a longer element is prose. */
export function readBylineDate(document: Document, maxChars: number): string | undefined {
  const lines = dateLines(document, maxChars);
  const labelled = lines.find((line) => PUBLISHED_LABEL.test(line.text));
  if (labelled) return labelled.day;
  const headline = document.querySelector("h1");
  return headline ? lines.find((line) => follows(line.element, headline))?.day : undefined;
}

type DateLine = { element: Element; text: string; day: string };

/** The date lines of the page in order: for each text node naming a year, the largest element around it
 * that is still short (the whole "By ... | Published: ..." line, not its <span>). Starting from text nodes
 * with a year keeps this to a few elements; reading every element's text cost more than parsing the page. */
function dateLines(document: Document, maxChars: number): DateLine[] {
  const lines: DateLine[] = [];
  const seen = new Set<Element>();
  for (const textNode of yearTextNodes(document.body)) {
    const element = lineAround(textNode, maxChars);
    if (!element || seen.has(element) || element.closest("a, script, style, nav")) continue;
    seen.add(element);
    const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
    const day = readDay(text);
    if (day) lines.push({ element, text, day });
  }
  return lines;
}

function yearTextNodes(root: Node | null): Node[] {
  if (!root) return [];
  if (root.nodeType === 3) return /(?:19|20)\d\d/.test(root.textContent ?? "") ? [root] : [];
  return Array.from(root.childNodes).flatMap(yearTextNodes);
}

function lineAround(textNode: Node, maxChars: number): Element | undefined {
  let line: Element | undefined;
  for (let node = textNode.parentElement; node && node.tagName.toUpperCase() !== "BODY"; node = node.parentElement) {
    if ((node.textContent ?? "").replace(/\s+/g, " ").trim().length > maxChars) break;
    line = node;
  }
  return line;
}

function readDay(text: string): string | undefined {
  const dmy = DAY_MONTH_YEAR.exec(text);
  const mdy = MONTH_DAY_YEAR.exec(text);
  const [day, month, year] = dmy ? [dmy[1], dmy[2], dmy[3]] : mdy ? [mdy[2], mdy[1], mdy[3]] : [];
  if (!day || !month || !year) return undefined;
  const monthNo = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  const date = new Date(Date.UTC(Number(year), monthNo - 1, Number(day)));
  if (date.getUTCDate() !== Number(day)) return undefined; // "31 June" is no day
  return date.toISOString().slice(0, 10);
}

/** Is `element` after `anchor` in document order? */
function follows(element: Element, anchor: Element): boolean {
  // Node.DOCUMENT_POSITION_FOLLOWING
  return (anchor.compareDocumentPosition(element) & 4) !== 0;
}
