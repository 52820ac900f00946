// The editor draws in two groups of its own inside the canvas viewport (so
// they pan and zoom with the nodes): one under the nodes (a hit area for the
// empty canvas, zone regions, cluster outlines) and one over them (selection,
// connection handles, the rubber band, the link being drawn). D3 owns these
// groups; React never renders into them, and the editor never touches the
// nodes React renders.
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Far beyond any zoomed-out view, so empty canvas is always hit. */
const HIT_AREA_PX = 1_000_000;

export interface EditorLayers {
  under: SVGGElement;
  /** The empty canvas: clicks clear the selection, shift-drags draw a rubber band. */
  hitArea: SVGRectElement;
  zones: SVGGElement;
  over: SVGGElement;
  /** Puts the groups back if the viewport was re-rendered without them, under and over the nodes. */
  attach(): void;
  destroy(): void;
}

function group(className: string): SVGGElement {
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('class', className);
  return g;
}

export function createEditorLayers(viewport: SVGGElement): EditorLayers {
  const under = group('editor-under');
  const hitArea = document.createElementNS(SVG_NS, 'rect');
  hitArea.setAttribute('class', 'editor-hit-area');
  hitArea.setAttribute('x', String(-HIT_AREA_PX / 2));
  hitArea.setAttribute('y', String(-HIT_AREA_PX / 2));
  hitArea.setAttribute('width', String(HIT_AREA_PX));
  hitArea.setAttribute('height', String(HIT_AREA_PX));
  hitArea.setAttribute('fill', 'transparent');
  const zones = group('editor-zones');
  under.append(hitArea, zones);
  const over = group('editor-over');
  const attach = () => {
    if (viewport.firstChild !== under) viewport.insertBefore(under, viewport.firstChild);
    if (viewport.lastChild !== over) viewport.append(over);
  };
  attach();
  return {
    under,
    hitArea,
    zones,
    over,
    attach,
    destroy() {
      under.remove();
      over.remove();
    },
  };
}
