// Circuit breakers in the lab, for the kinds that have them (clients: one per
// outgoing link; servers: one per dependency): the inspector's section, the
// chart of how many are open, and a word for the readout under the node.
import { NODE, NODE_ROW } from '../../engine/index.ts';
import { CIRCUIT_BREAKER_DEFAULTS } from '../../scenario/index.ts';
import { NumberField, ObjectToggle } from '../fields/index.ts';
import type { NodeChart, NodeChartContext, ReadoutContext } from './types.ts';

export function BreakerFields({ index, on, per }: { index: number; on: boolean; per: 'link' | 'dependency' }) {
  const at = (...rest: (string | number)[]) => ['nodes', index, 'circuitBreaker', ...rest];
  const d = CIRCUIT_BREAKER_DEFAULTS;
  return (
    <section className="inspector-section" aria-labelledby={`breaker-${index}`}>
      <h3 id={`breaker-${index}`}>Circuit breaker</h3>
      <ObjectToggle path={['nodes', index, 'circuitBreaker']} label="Circuit breaker" whenOn={d} hint={`One per ${per}: fail at once while too many calls fail`} />
      {on ? (
        <>
          <NumberField path={at('failureRate')} label="Opens at" unit="% failed" scale={100} placeholder={d.failureRate} hint="Share of the window's calls that failed" />
          <NumberField path={at('minCalls')} label="After at least" unit="calls" placeholder={d.minCalls} />
          <NumberField path={at('windowMs')} label="Window" unit="ms" placeholder={d.windowMs} />
          <NumberField path={at('openMs')} label="Open for" unit="ms" placeholder={d.openMs} hint="Then a few probes may go through" />
          <NumberField path={at('halfOpenCalls')} label="Probes" unit="calls" placeholder={d.halfOpenCalls} hint="All must succeed to close it" />
        </>
      ) : null}
    </section>
  );
}

/** " · breaker open" when any of the node's breakers is open or half-open. */
export function breakerNote({ state }: ReadoutContext): string {
  const open = state(NODE.breakersOpen);
  if (!(open > 0)) return '';
  return open === 1 ? ' · breaker open' : ` · ${open} breakers open`;
}

/** The node's breakers open (or half-open) over time, when it has breakers. */
export function breakerCharts(ctx: NodeChartContext, links: number): NodeChart[] {
  if (!('circuitBreaker' in ctx.node) || !ctx.node.circuitBreaker || links === 0) return [];
  return [{
    key: 'breakers',
    title: `${ctx.label}: circuit breakers`,
    unit: `open, of ${links}`,
    aria: `${ctx.label} circuit breakers open chart`,
    series: [{ className: 's-node', label: 'open or half-open', points: ctx.column(NODE_ROW.breakersOpen) }],
    yMin: 0,
    yMax: links,
  }];
}
