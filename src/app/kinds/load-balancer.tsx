// The load balancer kind as the lab shows it: a hexagon with one arrow in and
// three out, its routing and health-check fields, and how many of its
// backends its health checks consider up.
import { LINK } from '../../engine/index.ts';
import { NODE_BREAKS } from '../run/index.ts';
import { GLYPH_HALF_H as H, GLYPH_HALF_W as W } from './glyph-box.ts';
import { LoadBalancerFields } from './load-balancer-fields.tsx';
import { loadBalancerModel } from './model/load-balancer.ts';
import type { KindUi } from './types.ts';

export const loadBalancerUi: KindUi = {
  ...loadBalancerModel,
  outline: `M${-W},0L${-W + 14},${-H}H${W - 14}L${W},0L${W - 14},${H}H${-W + 14}Z`,
  detail: 'M-14,0H-2M-2,0L12,-10M-2,0H12M-2,0L12,10M8,-12l4,2l-2,4M9,-3l3,3l-3,3M10,6l2,4l-4,2',
  PaletteGlyph: () => (
    <svg width={28} height={24} viewBox="0 0 28 24" aria-hidden="true" className="kind-glyph">
      <circle cx="6" cy="12" r="3.5" />
      <path d="M9 12h5M14 12l8-7M14 12h8M14 12l8 7" fill="none" strokeWidth="2" />
    </svg>
  ),
  Fields: ({ node, index }) => (node.type === 'loadBalancer' ? <LoadBalancerFields node={node} index={index} /> : null),
  breakActions: NODE_BREAKS,
  queueBar: false,
  systemLines: true,
  readout: ({ topology, linkStates, index }) => {
    if (!topology || !linkStates) return '';
    let total = 0;
    let healthy = 0;
    topology.linkFrom.forEach((from, l) => {
      if (from !== index) return;
      total++;
      if (linkStates[l * LINK.size + LINK.markedDown] !== 1) healthy++;
    });
    return total > 0 ? `${healthy} of ${total} backends` : '';
  },
  charts: () => [],
};
