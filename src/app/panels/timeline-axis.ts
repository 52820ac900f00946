// The timeline's drawing as a d3 factory ({ update, destroy }): a time axis,
// the simulated stretch, fault bands and alert marks, and the shown time.
// Dragging or clicking anywhere seeks (d3-drag); React owns only the <svg>.
import { axisBottom, drag, scaleLinear, select, type Selection } from 'd3';
import { formatShortTime } from '../format.ts';
import { axisGate, axisKey } from './axis-gate.ts';
import { longRunTicks } from './time-ticks.ts';

export interface TimelineMark {
  startMs: number;
  /** Absent: a moment (an alert); NaN end: lasts to the end of the run. */
  endMs?: number;
  label: string;
  kind: 'fault' | 'alert';
}

export interface TimelineInput {
  widthPx: number;
  endMs: number;
  simTimeMs: number;
  horizonMs: number;
  marks: readonly TimelineMark[];
}

export interface TimelineChart {
  update(input: TimelineInput): void;
  destroy(): void;
}

const MARGIN = { left: 16, right: 24 };
const TRACK_Y = 14;
const TRACK_H = 16;
const AXIS_Y = TRACK_Y + TRACK_H + 2;

export function createTimeline(svgEl: SVGSVGElement, onSeek: (ms: number) => void): TimelineChart {
  const svg = select(svgEl);
  const x = scaleLinear();
  const root = svg.append('g');
  const track = root.append('rect').attr('class', 'tl-track').attr('y', TRACK_Y).attr('height', TRACK_H).attr('rx', 3);
  const simulated = root.append('rect').attr('class', 'tl-simulated').attr('y', TRACK_Y).attr('height', TRACK_H).attr('rx', 3);
  const marks = root.append('g').attr('class', 'tl-marks');
  const axis = root.append('g').attr('class', 'tl-axis').attr('transform', `translate(0,${AXIS_Y})`);
  const cursor = root.append('g').attr('class', 'tl-cursor');
  cursor.append('line').attr('y1', TRACK_Y - 6).attr('y2', TRACK_Y + TRACK_H + 6);
  cursor.append('circle').attr('cy', TRACK_Y - 6).attr('r', 5);
  let limitMs = 0;
  const gate = axisGate();

  const seekAt = (px: number) => onSeek(seekTarget(x.invert(px), limitMs));
  const behaviour = drag<SVGSVGElement, unknown>()
    .container(svgEl)
    .on('start drag', (event: { x: number }) => seekAt(event.x));
  svg.call(behaviour);

  return {
    update({ widthPx, endMs, simTimeMs, horizonMs, marks: list }) {
      const right = Math.max(MARGIN.left + 10, widthPx - MARGIN.right);
      x.domain([0, Math.max(endMs, 1)]).range([MARGIN.left, right]);
      limitMs = Math.max(horizonMs, simTimeMs);
      track.attr('x', MARGIN.left).attr('width', right - MARGIN.left);
      simulated.attr('x', MARGIN.left).attr('width', Math.max(0, x(Math.min(limitMs, endMs)) - MARGIN.left));
      const count = Math.max(2, Math.floor((right - MARGIN.left) / 110));
      // A long run's axis counts days or months (time-ticks.ts).
      const long = longRunTicks(endMs, count);
      const values = long ? long.values : x.ticks(count);
      const format = long ? long.format : formatShortTime;
      // Only when what the axis shows changed: it is updated on every commit while playing.
      if (gate.needed(axisKey(x, values, format))) axis.call(axisBottom(x).tickSizeOuter(0).tickValues(values).tickFormat((d) => format(Number(d))));
      drawMarks(marks, list, x, endMs);
      cursor.attr('transform', `translate(${x(Math.min(simTimeMs, endMs))},0)`);
    },
    destroy() {
      svg.on('.drag', null);
      root.remove();
    },
  };
}

/** Where a click or drag at time `ms` seeks: within what was simulated, never before 0. */
export function seekTarget(ms: number, limitMs: number): number {
  return Math.max(0, Math.min(limitMs, ms));
}

/** A mark's band on the track (x, width px) and its flag: a triangle above the track for a fault, a diamond for an alert. */
export function markShape(mark: TimelineMark, x: (ms: number) => number, endMs: number): { x: number; width: number; flag: string } {
  const px = x(mark.startMs);
  const end = mark.endMs === undefined ? undefined : Number.isNaN(mark.endMs) ? endMs : Math.min(mark.endMs, endMs);
  return {
    x: px,
    width: end === undefined ? 0 : Math.max(2, x(end) - px),
    flag: mark.kind === 'fault' ? `M${px - 6},${TRACK_Y - 11}h12l-6,9z` : `M${px},${TRACK_Y + TRACK_H - 12}l5,5l-5,5l-5,-5z`,
  };
}

function drawMarks(
  g: Selection<SVGGElement, unknown, null, undefined>, list: readonly TimelineMark[],
  x: (ms: number) => number, endMs: number,
): void {
  const groups = g
    .selectAll<SVGGElement, TimelineMark>('g.tl-mark')
    .data(list)
    .join((enter) => {
      const m = enter.append('g').attr('class', 'tl-mark');
      m.append('rect').attr('class', 'tl-band').attr('y', TRACK_Y).attr('height', TRACK_H);
      m.append('path').attr('class', 'tl-flag');
      m.append('title');
      return m;
    });
  groups.attr('data-kind', (d) => d.kind);
  groups.select('title').text((d) => d.label);
  groups
    .select<SVGRectElement>('rect.tl-band')
    .attr('x', (d) => markShape(d, x, endMs).x)
    .attr('width', (d) => markShape(d, x, endMs).width);
  // Faults: a downward triangle on the track; alerts: a diamond below it.
  groups.select<SVGPathElement>('path.tl-flag').attr('d', (d) => markShape(d, x, endMs).flag);
}
