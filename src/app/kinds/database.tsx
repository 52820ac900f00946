// The database kind as the lab shows it: a cylinder, its capacity fields and
// its cluster, and — for a replica — its lag behind the primary (what stale
// reads and writes lost on failover come from).
import { NODE, NODE_ROW } from '../../engine/index.ts';
import { NODE_BREAKS } from '../run/index.ts';
import { ClusterSection } from './cluster-section.tsx';
import { GLYPH_HALF_H as H, GLYPH_HALF_W as W } from './glyph-box.ts';
import { databaseModel } from './model/database.ts';
import { ServerFields } from './server-fields.tsx';
import { busyReadout, requestsChart } from './shared.tsx';
import type { KindUi } from './types.ts';

const CAP = 7; // height of the cylinder's elliptic cap

export const databaseUi: KindUi = {
  ...databaseModel,
  outline: `M${-W},${-H + CAP}A${W},${CAP} 0 0 1 ${W},${-H + CAP}V${H - CAP}A${W},${CAP} 0 0 1 ${-W},${H - CAP}Z`,
  detail: `M${-W},${-H + CAP}A${W},${CAP} 0 0 0 ${W},${-H + CAP}M${-W},${-2}A${W},${CAP} 0 0 0 ${W},${-2}`,
  PaletteGlyph: () => (
    <svg width={28} height={24} viewBox="0 0 28 24" aria-hidden="true" className="kind-glyph">
      <ellipse cx="14" cy="5" rx="9" ry="3.5" />
      <path d="M5 5v13c0 2 4 3.5 9 3.5s9-1.5 9-3.5V5c0 2-4 3.5-9 3.5S5 7 5 5z" />
    </svg>
  ),
  Fields: ({ node, index, scenario }) =>
    node.type === 'database' ? (
      <>
        <ServerFields node={node} index={index} />
        <ClusterSection scenario={scenario} nodeId={node.id} />
      </>
    ) : null,
  breakActions: NODE_BREAKS,
  queueBar: true,
  systemLines: true,
  // What data costs first (writes a split brain will discard, stale reads), then how busy it is.
  readout: (ctx) => {
    const atRisk = ctx.state(NODE.writesAtRisk);
    const stale = ctx.state(NODE.staleReads);
    if (atRisk > 0) return `${atRisk.toLocaleString('en-US')} writes at risk`;
    const busy = busyReadout(ctx);
    return stale > 0 ? `${busy} · ${stale.toLocaleString('en-US')} stale reads` : busy;
  },
  charts: (ctx) => {
    if (ctx.member) {
      return [{
        key: 'lag', title: `${ctx.label}: lag`, unit: 'ms behind its primary', aria: `${ctx.label} replication lag chart`,
        series: [{ className: 's-node', label: 'replication lag', points: ctx.column(NODE_ROW.replicationLagMs) }],
        yMin: 0, yMax: 10,
      }];
    }
    const workers = databaseModel.workers(ctx.node);
    return workers > 0 ? [requestsChart(ctx, workers)] : [];
  },
};
