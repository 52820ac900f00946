// Draws what the editor adds to the canvas: zone regions and cluster outlines
// under the nodes; selection outlines, highlighted links and connection
// handles over them. Pure d3 joins from the store's state; redrawn after
// every change the canvas shows.
import { select } from 'd3';
import type { Scenario } from '../../../scenario/types.ts';
import type { Selection } from '../../store/selection-slice.ts';
import { zoneNames } from '../../editor/labels.ts';
import { linkElement, nodeBox, unionBox, type Box } from './geometry.ts';
import type { EditorLayers } from './layers.ts';

const ZONE_PADDING_PX = 30;
const CLUSTER_PADDING_PX = 14;
const SELECTION_PADDING_PX = 6;
export const HANDLE_RADIUS_PX = 8;
/** Distinct zone tints, cycled; each region also carries its name, so colour is never the only cue. */
const ZONE_TINTS = 6;

interface Region {
  key: string;
  box: Box;
  label: string;
  tint: number;
}

function regions(scenario: Scenario, boxes: Map<string, Box>): { zones: Region[]; clusters: Region[] } {
  const zones = zoneNames(scenario).flatMap((zone, i) => {
    const members = scenario.nodes.filter((n) => n.zone === zone).map((n) => boxes.get(n.id) as Box);
    const box = unionBox(members, ZONE_PADDING_PX);
    return box ? [{ key: zone, box, label: zone, tint: i % ZONE_TINTS }] : [];
  });
  const clusters = (scenario.clusters ?? []).flatMap((c) => {
    const box = unionBox(c.members.flatMap((m) => boxes.get(m) ?? []), CLUSTER_PADDING_PX);
    const label = `${c.id} · ${c.replication ?? 'async'} · primary ${c.members[0]}`;
    return box ? [{ key: c.id, box, label, tint: 0 }] : [];
  });
  return { zones, clusters };
}

/** Nodes that can start a link: anything but a database outside a cluster. */
function canStartLink(scenario: Scenario, id: string): boolean {
  const node = scenario.nodes.find((n) => n.id === id);
  if (!node) return false;
  return node.type !== 'database' || (scenario.clusters ?? []).some((c) => c.members.includes(id));
}

export function drawDecorations(layers: EditorLayers, viewport: SVGGElement, scenario: Scenario, selection: Selection): void {
  const boxes = new Map(scenario.nodes.map((n) => [n.id, nodeBox(viewport, n)]));
  const { zones, clusters } = regions(scenario, boxes);

  select(layers.zones)
    .selectAll<SVGGElement, Region>('g.editor-zone')
    .data(zones, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'editor-zone');
      g.append('rect').attr('rx', 14);
      g.append('text').attr('class', 'editor-region-label');
      return g;
    })
    .attr('data-zone', (d) => d.key)
    .attr('data-tint', (d) => d.tint)
    .classed('is-selected', (d) => selection.zone === d.key)
    .call((g) => g.select('rect').attr('x', (d) => d.box.x).attr('y', (d) => d.box.y).attr('width', (d) => d.box.width).attr('height', (d) => d.box.height))
    .call((g) => g.select('text').attr('x', (d) => d.box.x + 12).attr('y', (d) => d.box.y + 20).text((d) => `Zone ${d.label}`));

  select(layers.zones)
    .selectAll<SVGGElement, Region>('g.editor-cluster')
    .data(clusters, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'editor-cluster');
      g.append('rect').attr('rx', 10);
      g.append('text').attr('class', 'editor-region-label');
      return g;
    })
    .attr('data-cluster', (d) => d.key)
    .call((g) => g.select('rect').attr('x', (d) => d.box.x).attr('y', (d) => d.box.y).attr('width', (d) => d.box.width).attr('height', (d) => d.box.height))
    .call((g) => g.select('text').attr('x', (d) => d.box.x + 8).attr('y', (d) => d.box.y + d.box.height + 18).text((d) => d.label));

  const selected = selection.nodeIds.flatMap((id) => {
    const b = boxes.get(id);
    return b ? [{ id, box: b }] : [];
  });
  select(layers.over)
    .selectAll<SVGRectElement, { id: string; box: Box }>('rect.editor-selected')
    .data(selected, (d) => d.id)
    .join('rect')
    .attr('class', 'editor-selected')
    .attr('rx', 8)
    .attr('x', (d) => d.box.x - SELECTION_PADDING_PX)
    .attr('y', (d) => d.box.y - SELECTION_PADDING_PX)
    .attr('width', (d) => d.box.width + 2 * SELECTION_PADDING_PX)
    .attr('height', (d) => d.box.height + 2 * SELECTION_PADDING_PX);

  // A selected link is outlined along the very path the canvas drew for it.
  const links = selection.linkIds.flatMap((id) => {
    const path = linkElement(viewport, id)?.querySelector('path, line');
    if (!path) return [];
    const d = path.tagName === 'path'
      ? (path.getAttribute('d') ?? '')
      : `M${path.getAttribute('x1')},${path.getAttribute('y1')}L${path.getAttribute('x2')},${path.getAttribute('y2')}`;
    return [{ id, d }];
  });
  select(layers.under)
    .selectAll<SVGPathElement, { id: string; d: string }>('path.editor-selected-link')
    .data(links, (d) => d.id)
    .join('path')
    .attr('class', 'editor-selected-link')
    .attr('d', (d) => d.d);

  const handles = scenario.nodes.filter((n) => canStartLink(scenario, n.id)).map((n) => {
    const b = boxes.get(n.id) as Box;
    return { id: n.id, x: b.x + b.width, y: b.y + b.height / 2 };
  });
  select(layers.over)
    .selectAll<SVGGElement, { id: string; x: number; y: number }>('g.editor-handle')
    .data(handles, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'editor-handle');
      g.append('circle').attr('class', 'editor-handle-target').attr('r', HANDLE_RADIUS_PX * 2);
      g.append('circle').attr('class', 'editor-handle-dot').attr('r', HANDLE_RADIUS_PX);
      g.append('title');
      return g;
    })
    .attr('data-handle-for', (d) => d.id)
    .attr('transform', (d) => `translate(${d.x},${d.y})`)
    .call((g) => g.select('title').text((d) => `Drag to connect ${d.id} to another node`));
}
