// The queue kind as the lab shows it: a tray of messages, its capacity and
// delivery fields, its backlog under the node (the queue bar fills with it)
// and in a chart of its own.
import { NODE_ROW } from '../../engine/index.ts';
import { QUEUE_DEFAULTS } from '../../scenario/index.ts';
import { formatCount } from '../format.ts';
import { NODE_BREAKS } from '../run/index.ts';
import { GLYPH_HALF_H as H, GLYPH_HALF_W as W } from './glyph-box.ts';
import { queueModel } from './model/queue.ts';
import { QueueFields } from './queue-fields.tsx';
import type { KindUi } from './types.ts';

export const queueUi: KindUi = {
  ...queueModel,
  // A wide tray, open on its right end: messages come in on the left and leave on the right.
  outline: `M${-W},${-H + 6}Q${-W},${-H} ${-W + 6},${-H}H${W}V${H}H${-W + 6}Q${-W},${H} ${-W},${H - 6}Z`,
  // Messages waiting in line.
  detail: 'M-20,-8h8v16h-8zM-8,-8h8v16h-8zM4,-8h8v16h-8zM16,0h6',
  PaletteGlyph: () => (
    <svg width={28} height={24} viewBox="0 0 28 24" aria-hidden="true" className="kind-glyph">
      <rect x="2" y="7" width="6" height="10" rx="1" />
      <rect x="10" y="7" width="6" height="10" rx="1" />
      <rect x="18" y="7" width="6" height="10" rx="1" />
    </svg>
  ),
  Fields: ({ node, index }) => (node.type === 'queue' ? <QueueFields node={node} index={index} /> : null),
  breakActions: NODE_BREAKS,
  // The node's queue is the queue's backlog: every message held, delivered-not-processed included.
  queueBar: true,
  // It answers at once (its work happens later): its own latency line would say nothing.
  systemLines: false,
  readout: ({ queue }) => `backlog ${formatCount(queue)}`,
  charts: (ctx) => {
    const capacity = ctx.node.type === 'queue' ? (ctx.node.capacity ?? QUEUE_DEFAULTS.capacity) : QUEUE_DEFAULTS.capacity;
    return [{
      key: 'backlog',
      title: `${ctx.label}: backlog`,
      unit: `messages held, of ${formatCount(capacity)}`,
      aria: `${ctx.label} backlog chart`,
      series: [{ className: 's-node-wait', label: 'backlog', points: ctx.column(NODE_ROW.queueDepth) }],
      yMin: 0,
      yMax: 10,
    }];
  },
};
