// One link: a line with an arrow towards the callee, a wide invisible hit
// area, and words on it when something is wrong ("cut", "+200 ms",
// "20 % loss", "marked down") — dashes and text, not colour alone.
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LINK } from '../../engine/index.ts';
import { formatPercent } from '../format.ts';
import { useAppStore } from '../store/index.ts';
import type { LinkGeometry } from './geometry.ts';

interface Props {
  geometry: LinkGeometry;
  fromLabel: string;
  toLabel: string;
  selected: boolean;
  onSelect(id: string): void;
  onMenu(id: string, clientX: number, clientY: number): void;
}

interface LinkView {
  cut: boolean;
  addMs: number;
  addLoss: number;
  markedDown: boolean;
}

export const LinkLine = memo(function LinkLine({ geometry, fromLabel, toLabel, selected, onSelect, onMenu }: Props) {
  const view = useAppStore(
    useShallow((s): LinkView => {
      const i = s.topology ? s.topology.linkIds.indexOf(geometry.id) : -1;
      const st = s.linkStates;
      if (!st || i < 0 || (i + 1) * LINK.size > st.length) return { cut: false, addMs: 0, addLoss: 0, markedDown: false };
      const o = i * LINK.size;
      return { cut: st[o + LINK.cut] === 1, addMs: st[o + LINK.addMs], addLoss: st[o + LINK.addLoss], markedDown: st[o + LINK.markedDown] === 1 };
    }),
  );
  const { start, end } = geometry;
  const words = [
    view.cut ? 'cut' : '',
    view.addMs > 0 ? `+${Math.round(view.addMs)} ms` : '',
    view.addLoss > 0 ? `${formatPercent(view.addLoss)} loss` : '',
    view.markedDown ? 'marked down' : '',
  ].filter(Boolean);
  const state = view.cut ? 'cut' : words.length ? 'impaired' : 'ok';
  const mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  const d = `M${start.x},${start.y}L${end.x},${end.y}`;
  return (
    <g
      className="link"
      data-link-id={geometry.id}
      data-state={state}
      data-marked-down={view.markedDown || undefined}
      data-selected={selected || undefined}
      tabIndex={0}
      role="button"
      aria-pressed={selected}
      aria-label={`Link ${fromLabel} to ${toLabel}${words.length ? `, ${words.join(', ')}` : ''}`}
      onClick={(e) => {
        e.stopPropagation();
        onSelect(geometry.id);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onSelect(geometry.id);
        }
      }}
      onContextMenu={(e) => {
        e.preventDefault();
        e.stopPropagation();
        onMenu(geometry.id, e.clientX, e.clientY);
      }}
    >
      <path className="link-hit" d={d} />
      <path className="link-line" d={d} markerEnd="url(#nines-arrow)" />
      {view.cut && (
        <g className="link-cut" transform={`translate(${mid.x},${mid.y})`}>
          <circle r={9} />
          <path d="M-4,-4L4,4M4,-4L-4,4" />
        </g>
      )}
      {words.length > 0 && (
        <text className="link-words" x={mid.x} y={mid.y - 14}>{words.join(' · ')}</text>
      )}
    </g>
  );
});
