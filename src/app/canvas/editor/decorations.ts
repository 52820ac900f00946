// Draws the connection handles: one on the right edge of every node that can
// start a link. (Nodes, links, zones, clusters and the selection are the
// canvas's own drawing.) A d3 join from the store's scenario, redrawn after
// every change.
import { select } from 'd3';
import type { NodeType, Scenario } from '../../../scenario/index.ts';
import { kindModel } from '../../kinds/index.ts';
import { GLYPH_W } from '../geometry.ts';
import type { EditorLayers } from './layers.ts';

export const HANDLE_RADIUS_PX = 7;
/** Past the glyph and its queue bar, so the handle never covers what the node shows. */
const HANDLE_OFFSET_PX = GLYPH_W / 2 + 20;

/** Nodes that can start a link: any that calls out, and data holders inside a cluster (replication). */
function canStartLink(scenario: Scenario, id: string, type: NodeType): boolean {
  return kindModel(type).calls === 'any' || (scenario.clusters ?? []).some((c) => c.members.includes(id));
}

export interface HandleDatum {
  id: string;
  x: number;
  y: number;
}

export function handlePositions(scenario: Scenario): HandleDatum[] {
  return scenario.nodes
    .filter((n) => canStartLink(scenario, n.id, n.type))
    .map((n) => ({ id: n.id, x: (n.x ?? 0) + HANDLE_OFFSET_PX, y: n.y ?? 0 }));
}

export function drawDecorations(layers: EditorLayers, scenario: Scenario): void {
  select(layers.over)
    .selectAll<SVGGElement, HandleDatum>('g.editor-handle')
    .data(handlePositions(scenario), (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'editor-handle');
      g.append('circle').attr('class', 'editor-handle-target').attr('r', HANDLE_RADIUS_PX * 2);
      g.append('circle').attr('class', 'editor-handle-dot').attr('r', HANDLE_RADIUS_PX);
      g.append('path').attr('class', 'editor-handle-arrow').attr('d', 'M-2.5,-3.5L2,0L-2.5,3.5');
      g.append('title');
      return g;
    })
    .attr('data-handle-for', (d) => d.id)
    .attr('transform', (d) => `translate(${d.x},${d.y})`)
    .call((g) => g.select('title').text((d) => `Drag to connect ${d.id} to another node`));
}
