// Where a selection falls in a block of text, counted in UTF-16 code units from the start of
// the block (as the Rust side expects for "redact the selected text").

/** The text offset of (node, offset) within `root`, or null if the node is outside it. */
export function offsetWithin(root: Node, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  let total = 0;
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, 4 /* SHOW_TEXT */);
  let current = walker.nextNode();
  while (current) {
    if (current === node) return total + offset;
    total += current.textContent?.length ?? 0;
    current = walker.nextNode();
  }
  // An element boundary: count the text before its offset-th child.
  if (node.nodeType === 1) {
    let count = 0;
    const children = Array.from(node.childNodes).slice(0, offset);
    const before = root === node ? 0 : offsetWithin(root, node, 0);
    for (const c of children) count += c.textContent?.length ?? 0;
    return before === null ? null : before + count;
  }
  return null;
}

/** A selection's [start, end) within `root`, or null when it is empty or outside. */
export function selectionSpan(root: Node, sel: Selection | null): { start: number; end: number } | null {
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const r = sel.getRangeAt(0);
  const a = offsetWithin(root, r.startContainer, r.startOffset);
  const b = offsetWithin(root, r.endContainer, r.endOffset);
  if (a === null || b === null || a === b) return null;
  return { start: Math.min(a, b), end: Math.max(a, b) };
}
