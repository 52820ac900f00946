// The silhouette of each kind of node, centred on (0, 0) in a GLYPH_W ×
// GLYPH_H box: a capsule for clients, a hexagon for load balancers, a rack
// for servers, a cylinder for databases. Shape tells the kind, so colour is
// left free to tell the state.
import type { NodeType } from '../../scenario/index.ts';
import { GLYPH_H, GLYPH_W } from './geometry.ts';

const W = GLYPH_W / 2;
const H = GLYPH_H / 2;
const CAP = 7; // height of a cylinder's elliptic cap

/** The outline (also the clip path of the utilization fill). */
export function outlinePath(type: NodeType): string {
  switch (type) {
    case 'client':
      return `M${-W + H},${-H}H${W - H}A${H},${H} 0 0 1 ${W - H},${H}H${-W + H}A${H},${H} 0 0 1 ${-W + H},${-H}Z`;
    case 'loadBalancer':
      return `M${-W},0L${-W + 14},${-H}H${W - 14}L${W},0L${W - 14},${H}H${-W + 14}Z`;
    case 'database':
      return `M${-W},${-H + CAP}A${W},${CAP} 0 0 1 ${W},${-H + CAP}V${H - CAP}A${W},${CAP} 0 0 1 ${-W},${H - CAP}Z`;
    default:
      return `M${-W + 5},${-H}H${W - 5}Q${W},${-H} ${W},${-H + 5}V${H - 5}Q${W},${H} ${W - 5},${H}H${-W + 5}Q${-W},${H} ${-W},${H - 5}V${-H + 5}Q${-W},${-H} ${-W + 5},${-H}Z`;
  }
}

/** Inner lines that make the kind readable at a glance (drawn over the fill). */
export function detailPath(type: NodeType): string {
  switch (type) {
    case 'client':
      // Two people: heads and shoulders.
      return 'M-9,-4a4.5,4.5 0 1 0 0.01,0M-18,10c1-7 5-9 9-9s8 2 9 9M9,-4a4.5,4.5 0 1 0 0.01,0M0,10c1-7 5-9 9-9s8 2 9 9';
    case 'loadBalancer':
      // One arrow in, three out.
      return 'M-14,0H-2M-2,0L12,-10M-2,0H12M-2,0L12,10M8,-12l4,2l-2,4M9,-3l3,3l-3,3M10,6l2,4l-4,2';
    case 'database':
      return `M${-W},${-H + CAP}A${W},${CAP} 0 0 0 ${W},${-H + CAP}M${-W},${-2}A${W},${CAP} 0 0 0 ${W},${-2}`;
    default:
      // Rack slots with their status lights.
      return 'M-20,-11H12M-20,0H12M-20,11H12M18,-11h0.01M18,0h0.01M18,11h0.01';
  }
}

export const KIND_WORDS: Record<NodeType, string> = {
  client: 'client',
  loadBalancer: 'load balancer',
  server: 'server',
  database: 'database',
  cache: 'cache',
  queue: 'queue',
  dns: 'DNS',
};
