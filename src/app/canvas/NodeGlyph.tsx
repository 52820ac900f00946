// One node on the canvas: its silhouette (the kind), a fill rising with busy
// workers, a side bar for the queue, a badge and a word for its state, its
// label. Focusable, and announced as "label, kind, state". It subscribes to
// its own numbers only, so a change elsewhere never re-renders it.
import { memo } from 'react';
import type { ScenarioNode } from '../../scenario/index.ts';
import { useAppStore } from '../store/index.ts';
import { GLYPH_H, GLYPH_W, LABEL_GAP } from './geometry.ts';
import { kindUi } from '../kinds/index.ts';
import type { NodeTextPlace } from './label-layout.ts';
import type { CanvasViews } from './canvas-views.ts';

/** Without a layout (tests, first paint): the label under the glyph, with its state line. */
const DEFAULT_PLACE: NodeTextPlace = { side: 'below', dx: 0, dy: GLYPH_H / 2 + LABEL_GAP, anchor: 'middle', showState: true, hidden: false, box: null };

interface Props {
  node: ScenarioNode;
  /** Where its words go (label-layout.ts), so they collide with nothing. */
  place?: NodeTextPlace;
  /** Every node's view, computed once per change of the run (canvas-views.ts). */
  views: CanvasViews;
  x: number;
  y: number;
  /** Its place in the scenario's node list: unique per canvas, for the clip path id and its view. */
  ordinal: number;
  selected: boolean;
  clusterId: string | null;
  onSelect(id: string, additive: boolean): void;
  onMenu(id: string, clientX: number, clientY: number): void;
}

const W = GLYPH_W / 2;
const H = GLYPH_H / 2;

export const NodeGlyph = memo(function NodeGlyph({ node, x, y, ordinal, selected, clusterId, onSelect, onMenu, place, views }: Props) {
  const view = useAppStore((s) => views.node(s, ordinal, node.id));
  const label = node.label ?? node.id;
  const clipId = `nines-node-clip-${ordinal}`;
  const kind = kindUi(node.type);
  const outline = kind.outline;
  const roleWord = view.role ? `${view.role === 'primary' ? '★ ' : ''}${view.role}${clusterId ? ` (${clusterId})` : ''}` : '';
  const stateLine = [roleWord, view.health === 'up' ? view.detail : view.stateWord].filter(Boolean).join(' · ');
  // The accessible name starts with what the node shows in words (its label,
  // then its state line), so the name a screen reader says and what a sighted
  // user reads agree; the kind and state follow.
  const spoken = [label, stateLine, kind.word, view.health === 'up' || stateLine.includes(view.stateWord) ? '' : view.stateWord].filter(Boolean).join(', ');
  const p = place ?? DEFAULT_PLACE;
  return (
    <g
      className={`node node-${node.type}`}
      data-node-id={node.id}
      data-health={view.health}
      data-selected={selected || undefined}
      transform={`translate(${x},${y})`}
      tabIndex={0}
      role="button"
      aria-label={spoken}
      aria-pressed={selected}
      onClick={(e) => {
        e.stopPropagation();
        onSelect(node.id, e.shiftKey);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onSelect(node.id, e.shiftKey);
        } else if (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) {
          e.preventDefault();
          const box = (e.currentTarget as SVGGElement).getBoundingClientRect();
          onMenu(node.id, box.right, box.top);
        }
      }}
      onContextMenu={(e) => {
        e.preventDefault();
        e.stopPropagation();
        onMenu(node.id, e.clientX, e.clientY);
      }}
    >
      {/* One hit area over the glyph and its words, so a click anywhere on the node selects it. */}
      <rect className="node-hit" {...hitBox(p, x, y)} />
      <clipPath id={clipId}>
        <path d={outline} />
      </clipPath>
      {selected && <rect className="node-selection" x={-W - 7} y={-H - 7} width={GLYPH_W + 14} height={GLYPH_H + 14} rx={10} />}
      <path className="node-body" d={outline} />
      <rect
        className="node-util"
        clipPath={`url(#${clipId})`}
        x={-W}
        y={H - GLYPH_H * view.utilization}
        width={GLYPH_W}
        height={GLYPH_H * view.utilization}
      />
      <path className="node-detail" d={kind.detail} />
      <path className="node-outline" d={outline} />
      {kind.queueBar && (
        <g className="node-queue" transform={`translate(${W + 5},${-H})`}>
          <rect className="queue-track" width={5} height={GLYPH_H} rx={2} />
          <rect className="queue-fill" y={GLYPH_H * (1 - view.queueFill)} width={5} height={GLYPH_H * view.queueFill} rx={2} />
        </g>
      )}
      {view.role === 'primary' && (
        <g className="node-role" aria-hidden="true" transform={`translate(${-W},${-H})`}>
          <circle r={9} />
          <text dy="0.35em">P</text>
        </g>
      )}
      <StateBadge health={view.health} />
      <title>{spoken}</title>
      {!p.hidden && (
        <g className="node-text" aria-hidden="true" data-side={p.side}>
          <text className="node-label" x={p.dx} y={p.dy} textAnchor={p.anchor}>{label}</text>
          {p.showState && stateLine && (
            <text className="node-state" data-health={view.health} x={p.dx} y={p.dy} dy="1.25em" textAnchor={p.anchor}>{stateLine}</text>
          )}
        </g>
      )}
    </g>
  );
});

/** The glyph's box joined with its text's (canvas units, relative to the node's centre). */
function hitBox(p: NodeTextPlace, x: number, y: number): { x: number; y: number; width: number; height: number } {
  let x0 = -W - 4, y0 = -H - 4, x1 = W + 12, y1 = H + 4;
  if (p.box && !p.hidden) {
    x0 = Math.min(x0, p.box.x - x);
    y0 = Math.min(y0, p.box.y - y);
    x1 = Math.max(x1, p.box.x + p.box.w - x);
    y1 = Math.max(y1, p.box.y + p.box.h - y);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** ✕ in a circle for down, ! in a triangle for degraded: shape and colour together. */
function StateBadge({ health }: { health: string }) {
  if (health === 'down') {
    return (
      <g className="badge badge-down" transform={`translate(${W},${-H})`}>
        <circle r={10} />
        <path d="M-4,-4L4,4M4,-4L-4,4" />
      </g>
    );
  }
  if (health === 'degraded') {
    return (
      <g className="badge badge-degraded" transform={`translate(${W},${-H})`}>
        <path className="badge-shape" d="M0,-10L10,8H-10Z" />
        <path d="M0,-3.5V2.5M0,5.2v0.01" />
      </g>
    );
  }
  return null;
}
