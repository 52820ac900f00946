// The cache kind as the lab shows it: a box with a lightning bolt (answers
// fast), its entry and lookup fields, Flush beside the usual Break actions,
// its hit ratio under the node and in a chart of its own.
import { NODE, NODE_ROW } from '../../engine/index.ts';
import { NODE_BREAKS, type BreakToggle } from '../run/index.ts';
import { CacheFields } from './cache-fields.tsx';
import { GLYPH_HALF_H as H, GLYPH_HALF_W as W } from './glyph-box.ts';
import { cacheModel } from './model/cache.ts';
import type { KindUi, NodeChartContext, ReadoutContext } from './types.ts';

const FLUSH: BreakToggle = {
  type: 'flush', on: 'Flush', off: 'Flush', moment: true,
  explainOn: 'Drop every entry at once; the cache keeps running, cold.', explainOff: '',
  request: (target) => ({ type: 'flush', target }),
};

/** "82 % hits": the hit ratio of the last scrape interval ("no reads" when it saw none). */
function hitReadout({ state }: ReadoutContext): string {
  const ratio = state(NODE.hitRatio);
  return Number.isNaN(ratio) ? 'no reads' : `${Math.round(ratio * 100)}\u00a0% hits`;
}

function hitRatioChart(ctx: NodeChartContext) {
  return {
    key: 'hits',
    title: `${ctx.label}: hit ratio`,
    unit: '% of reads',
    aria: `${ctx.label} hit ratio chart`,
    // NaN (an interval without reads) leaves a gap.
    series: [{ className: 's-node', label: 'hit ratio', points: ctx.column(NODE_ROW.hitRatio).map(([t, v]) => [t, v * 100] as const) }],
    yMin: 0,
    yMax: 100,
  };
}

export const cacheUi: KindUi = {
  ...cacheModel,
  // A rounded box, cut at the corners like a card.
  outline: `M${-W + 8},${-H}H${W - 8}L${W},${-H + 8}V${H - 8}L${W - 8},${H}H${-W + 8}L${-W},${H - 8}V${-H + 8}Z`,
  // A lightning bolt: what a hit saves.
  detail: 'M4,-16L-8,2H1L-4,16L9,-3H0Z',
  PaletteGlyph: () => (
    <svg width={28} height={24} viewBox="0 0 28 24" aria-hidden="true" className="kind-glyph">
      <path d="M16 2L7 13h6l-3 9 10-12h-6z" />
    </svg>
  ),
  Fields: ({ node, index }) => (node.type === 'cache' ? <CacheFields node={node} index={index} /> : null),
  breakActions: [...NODE_BREAKS, FLUSH],
  queueBar: true,
  systemLines: true,
  readout: hitReadout,
  charts: (ctx) => [hitRatioChart(ctx)],
};
