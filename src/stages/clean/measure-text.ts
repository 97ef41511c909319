// Text lengths of every element of a page in one pass. The structural rules (teaser lines, cards) ask the
// size of thousands of nested blocks; textContent per block re-reads each subtree once per ancestor, which
// cost more than parsing the page on deep layouts.

/** Per element, the sum of its text nodes' trimmed lengths: never more than the trimmed length of its
 * textContent, which the rules read, so "longer than the limit" by this measure is longer by theirs. */
export type TextLengths = ReadonlyMap<Element, number>;

export function measureText(root: Element): TextLengths {
  const lengths = new Map<Element, number>();
  const visit = (node: Node): number => {
    if (node.nodeType === 3) return (node.textContent ?? "").trim().length;
    if (node.nodeType !== 1) return 0;
    let total = 0;
    for (let child = node.firstChild; child; child = child.nextSibling) total += visit(child);
    lengths.set(node as Element, total);
    return total;
  };
  visit(root);
  return lengths;
}
