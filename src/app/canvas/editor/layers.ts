// The editor draws in a group of its own inside the canvas viewport, over the
// nodes (so it pans and zooms with them): connection handles, the link being
// drawn, the rubber band. D3 owns this group; React never renders into it,
// and the editor never touches the nodes, links and regions React renders.
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface EditorLayers {
  over: SVGGElement;
  /** Puts the group back on top if the viewport was re-rendered under it. */
  attach(): void;
  destroy(): void;
}

export function createEditorLayers(viewport: SVGGElement): EditorLayers {
  const over = document.createElementNS(SVG_NS, 'g');
  over.setAttribute('class', 'editor-over');
  // The canvas's pan leaves this group alone: a press here starts a link.
  over.setAttribute('data-no-pan', '');
  const attach = () => {
    if (viewport.lastChild !== over) viewport.append(over);
  };
  attach();
  return {
    over,
    attach,
    destroy() {
      over.remove();
    },
  };
}
