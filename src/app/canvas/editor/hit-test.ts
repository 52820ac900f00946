// Which node is under a screen point, by what the browser hit-tests (so
// overlapping nodes pick the one on top, and what the canvas draws decides).
export function nodeIdAt(clientX: number, clientY: number, root: Element): string | null {
  for (const hit of document.elementsFromPoint(clientX, clientY)) {
    if (!root.contains(hit)) continue;
    const node = hit.closest('[data-node-id]');
    if (node) return node.getAttribute('data-node-id');
  }
  return null;
}
