// The server kind as the lab shows it: a rack with status lights, its
// capacity and call fields, how busy it is, and its requests in service and waiting.
import { NODE_BREAKS } from '../run/index.ts';
import { GLYPH_HALF_H as H, GLYPH_HALF_W as W } from './glyph-box.ts';
import { serverModel } from './model/server.ts';
import { ServerFields } from './server-fields.tsx';
import { busyReadout, requestsChart } from './shared.tsx';
import type { KindUi } from './types.ts';
import { breakerCharts } from './circuit-breaker.tsx';

export const serverUi: KindUi = {
  ...serverModel,
  outline: `M${-W + 5},${-H}H${W - 5}Q${W},${-H} ${W},${-H + 5}V${H - 5}Q${W},${H} ${W - 5},${H}H${-W + 5}Q${-W},${H} ${-W},${H - 5}V${-H + 5}Q${-W},${-H} ${-W + 5},${-H}Z`,
  // Rack slots with their status lights.
  detail: 'M-20,-11H12M-20,0H12M-20,11H12M18,-11h0.01M18,0h0.01M18,11h0.01',
  PaletteGlyph: () => (
    <svg width={28} height={24} viewBox="0 0 28 24" aria-hidden="true" className="kind-glyph">
      <rect x="5" y="2" width="18" height="8" rx="1.5" />
      <rect x="5" y="13" width="18" height="8" rx="1.5" />
    </svg>
  ),
  Fields: ({ node, index }) => (node.type === 'server' ? <ServerFields node={node} index={index} /> : null),
  breakActions: NODE_BREAKS,
  queueBar: true,
  systemLines: true,
  readout: busyReadout,
  charts: (ctx) => {
    const workers = serverModel.workers(ctx.node);
    const dependencies = (ctx.scenario.links ?? []).filter((l) => l.from === ctx.node.id).length;
    return [...(workers > 0 ? [requestsChart(ctx, workers)] : []), ...breakerCharts(ctx, dependencies)];
  },
};
