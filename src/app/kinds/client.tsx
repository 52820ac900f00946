// The client kind as the lab shows it: a capsule with two people, its
// traffic and retry fields, and a Surge to break things with.
import { CLIENT_BREAKS } from '../run/index.ts';
import { ClientFields } from './client-fields.tsx';
import { GLYPH_HALF_H as H, GLYPH_HALF_W as W } from './glyph-box.ts';
import { clientModel } from './model/client.ts';
import type { KindUi } from './types.ts';
import { breakerCharts, breakerNote } from './circuit-breaker.tsx';
import type { Scenario } from '../../scenario/index.ts';

/** The client sends through a DNS node (so its resolver groups matter). */
function linksToDns(scenario: Scenario, id: string): boolean {
  return (scenario.links ?? []).some((l) => l.from === id && scenario.nodes.some((n) => n.id === l.to && n.type === 'dns'));
}

export const clientUi: KindUi = {
  ...clientModel,
  outline: `M${-W + H},${-H}H${W - H}A${H},${H} 0 0 1 ${W - H},${H}H${-W + H}A${H},${H} 0 0 1 ${-W + H},${-H}Z`,
  // Two people: heads and shoulders.
  detail: 'M-9,-4a4.5,4.5 0 1 0 0.01,0M-18,10c1-7 5-9 9-9s8 2 9 9M9,-4a4.5,4.5 0 1 0 0.01,0M0,10c1-7 5-9 9-9s8 2 9 9',
  PaletteGlyph: () => (
    <svg width={28} height={24} viewBox="0 0 28 24" aria-hidden="true" className="kind-glyph">
      <circle cx="14" cy="7" r="4.5" />
      <path d="M5 22c0-5 4-8 9-8s9 3 9 8z" />
    </svg>
  ),
  Fields: ({ node, index, scenario }) =>
    node.type === 'client' ? <ClientFields node={node} index={index} behindDns={linksToDns(scenario, node.id)} /> : null,
  breakActions: CLIENT_BREAKS,
  queueBar: false,
  systemLines: false,
  readout: (ctx) => breakerNote(ctx).replace(/^ · /, ''),
  charts: (ctx) => breakerCharts(ctx, (ctx.scenario.links ?? []).filter((l) => l.from === ctx.node.id).length),
};
