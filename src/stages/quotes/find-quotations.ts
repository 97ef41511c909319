// Quotation marks -> quoted ranges. Curly quotes pair by direction; straight quotes pair in order.
// A quote may run over several sentences but never over a paragraph break without reopening.
export type Quotation = { start: number; end: number; innerStart: number; innerEnd: number };

export function findQuotations(text: string): Quotation[] {
  const quotations: Quotation[] = [];
  let open = -1;
  let openChar = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (open >= 0 && ch === "\n" && text[i + 1] === "\n" && text[i + 2] !== "“" && text[i + 2] !== '"') {
      open = -1; // an unclosed quote ends with its paragraph (a multi-paragraph quote reopens with a mark)
      continue;
    }
    if (open < 0 && (ch === "“" || (ch === '"' && isOpeningStraight(text, i)))) {
      open = i;
      openChar = ch;
    } else if (open >= 0 && ((openChar === "“" && ch === "”") || (openChar === '"' && ch === '"'))) {
      if (i - open > 1) quotations.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i });
      open = -1;
    }
  }
  return quotations;
}

function isOpeningStraight(text: string, i: number): boolean {
  return i === 0 || /[\s(\[—–-]/.test(text[i - 1]);
}
