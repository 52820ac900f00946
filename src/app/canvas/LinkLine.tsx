// One link: a line with an arrow towards the callee, a wide invisible hit
// area, and words on it when something is wrong ("partitioned", "+200 ms",
// "20 % loss", "marked down") — shape and text, not colour alone. A
// partitioned link is drawn broken: two ends with a gap, a mark in the gap.
import { memo } from 'react';
import { formatPercent } from '../format.ts';
import { useAppStore } from '../store/index.ts';
import type { CanvasViews } from './canvas-views.ts';
import type { LinkGeometry } from './geometry.ts';

/** Half the gap in a partitioned link's line, canvas px. */
const GAP_PX = 14;

interface Props {
  geometry: LinkGeometry;
  /** Where its words go (placed clear of other labels by the canvas), and whether there is room for them at all. */
  wordsAt?: { x: number; y: number };
  showWords?: boolean;
  /** Its index in the engine's topology (its link-state row). */
  stateIndex?: number;
  /** Every link's view, computed once per change of the run (canvas-views.ts). */
  views: CanvasViews;
  /** 'draw': the line and its hit area, under the nodes; 'focus': its words and keyboard focus, over them. */
  layer?: 'draw' | 'focus';
  fromLabel: string;
  toLabel: string;
  selected: boolean;
  onSelect(id: string): void;
  onMenu(id: string, clientX: number, clientY: number): void;
}

export const LinkLine = memo(function LinkLine({ geometry, fromLabel, toLabel, selected, onSelect, onMenu, wordsAt, showWords = true, stateIndex, views, layer = 'draw' }: Props) {
  const view = useAppStore((s) => views.link(s, stateIndex, geometry.id));
  const { start, end } = geometry;
  const words = [
    view.cut ? 'partitioned' : '',
    view.addMs > 0 ? `+${Math.round(view.addMs)} ms` : '',
    view.addLoss > 0 ? `${formatPercent(view.addLoss)} loss` : '',
    view.markedDown ? 'marked down' : '',
  ].filter(Boolean);
  const state = view.cut ? 'cut' : words.length ? 'impaired' : 'ok';
  const mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  const d = `M${start.x},${start.y}L${end.x},${end.y}`;
  // The broken line: each end stops GAP_PX short of the middle.
  const len = Math.hypot(end.x - start.x, end.y - start.y) || 1;
  const gap = Math.min(GAP_PX, len / 4);
  const ux = (end.x - start.x) / len;
  const uy = (end.y - start.y) / len;
  const broken = `M${start.x},${start.y}L${mid.x - ux * gap},${mid.y - uy * gap}M${mid.x + ux * gap},${mid.y + uy * gap}L${end.x},${end.y}`;
  const at = wordsAt ?? { x: mid.x, y: mid.y - 14 };
  const name = `Link ${fromLabel} to ${toLabel}${words.length ? `, ${words.join(', ')}` : ''}`;
  if (layer === 'focus') {
    // Over the nodes: the link's words (never covered by a glyph) and its
    // keyboard focus, after every node in the tab order. It takes no clicks:
    // the line under the nodes does, so a link crossing a node never steals
    // the node's click.
    return (
      <g className="link-focus" data-link-focus={geometry.id} data-state={state} tabIndex={0} role="button"
        aria-pressed={selected} aria-label={name}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onSelect(geometry.id);
          } else if (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) {
            e.preventDefault();
            const box = (e.currentTarget as SVGGElement).getBoundingClientRect();
            onMenu(geometry.id, box.right, box.top);
          }
        }}>
        <path className="link-focus-ring" d={d} />
        {words.length > 0 && showWords && (
          <text className="link-words" x={at.x} y={at.y}>{words.join(' · ')}</text>
        )}
      </g>
    );
  }
  return (
    <g
      className="link"
      data-link-id={geometry.id}
      data-state={state}
      data-marked-down={view.markedDown || undefined}
      data-selected={selected || undefined}
      aria-hidden="true"
      onClick={(e) => {
        e.stopPropagation();
        onSelect(geometry.id);
      }}
      onContextMenu={(e) => {
        e.preventDefault();
        e.stopPropagation();
        onMenu(geometry.id, e.clientX, e.clientY);
      }}
    >
      <path className="link-hit" d={d} />
      <path className="link-line" d={view.cut ? broken : d} markerEnd="url(#nines-arrow)" />
      {view.cut && (
        // A lightning mark in the gap: the cut, in shape as well as colour.
        <g className="link-cut" transform={`translate(${mid.x},${mid.y})`}>
          <circle r={10} />
          <path d="M2,-7L-3,1H2L-2,7" />
        </g>
      )}
    </g>
  );
});
