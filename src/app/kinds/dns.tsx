// The DNS kind as the lab shows it: a globe, its policy, TTL and health-check
// fields, and which endpoint each share of the users resolves to — under the
// node now, and in a chart over time.
import { LINK, NODE_ROW, ROW } from '../../engine/index.ts';
import { NODE_BREAKS } from '../run/index.ts';
import { DnsFields } from './dns-fields.tsx';
import { GLYPH_HALF_H as H } from './glyph-box.ts';
import { dnsModel } from './model/dns.ts';
import type { KindChartSeries, KindUi, NodeChartContext, ReadoutContext } from './types.ts';

const R = H - 1;

/** "lb-a 70 % · lb-b 30 %": the users' answers now, by endpoint (those with a share). */
function sharesReadout({ topology, linkStates, index }: ReadoutContext): string {
  if (!topology || !linkStates) return '';
  const parts: string[] = [];
  topology.linkFrom.forEach((from, l) => {
    if (from !== index || (l + 1) * LINK.size > linkStates.length) return;
    const share = linkStates[l * LINK.size + LINK.dnsShare];
    if (share > 0.005) parts.push(`${topology.nodeIds[topology.linkTo[l]]} ${Math.round(share * 100)}\u00a0%`);
  });
  return parts.join(' · ');
}

/** One line per endpoint: the share of resolved users told that endpoint, over time. */
function sharesChart(ctx: NodeChartContext) {
  const ids = ctx.scenario.nodes.map((n) => n.id);
  const width = ctx.rows.length > 0 ? ROW.size + ids.length * NODE_ROW.size : 0;
  const endpoints = (ctx.scenario.links ?? []).filter((l) => l.from === ctx.node.id).map((l) => l.to);
  const classes = ['s-node', 's-node-wait', 's-p50', 's-p99'];
  const series: KindChartSeries[] = endpoints.map((id, i) => {
    const at = ids.indexOf(id);
    return {
      className: classes[i % classes.length],
      label: ctx.scenario.nodes[at]?.label ?? id,
      points: ctx.rows
        .filter((r) => r.length >= width)
        .map((r) => [r[ROW.tMs], r[ROW.size + at * NODE_ROW.size + NODE_ROW.dnsShare] * 100] as const),
    };
  });
  return {
    key: 'answers', title: `${ctx.label}: answers`, unit: '% of users, by endpoint', aria: `${ctx.label} answers by endpoint chart`,
    series, yMin: 0, yMax: 100,
  };
}

export const dnsUi: KindUi = {
  ...dnsModel,
  // A circle: the globe its answers steer users around.
  outline: `M0,${-R}A${R},${R} 0 1 1 0,${R}A${R},${R} 0 1 1 0,${-R}Z`,
  // Meridian and parallels.
  detail: `M0,${-R}C-14,-10 -14,10 0,${R}C14,10 14,-10 0,${-R}M${-R + 3},-8H${R - 3}M${-R + 3},8H${R - 3}`,
  PaletteGlyph: () => (
    <svg width={28} height={24} viewBox="0 0 28 24" aria-hidden="true" className="kind-glyph">
      <circle cx="14" cy="12" r="9" />
      <path d="M5 12h18M14 3c-4 5-4 13 0 18M14 3c4 5 4 13 0 18" fill="none" strokeWidth="1.5" />
    </svg>
  ),
  Fields: ({ node, index }) => (node.type === 'dns' ? <DnsFields node={node} index={index} /> : null),
  breakActions: NODE_BREAKS,
  queueBar: false,
  systemLines: false,
  readout: sharesReadout,
  charts: (ctx) => [sharesChart(ctx)],
};
