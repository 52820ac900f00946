// A time-series chart as a d3 factory ({ update, destroy }): d3 scales,
// axes and line shapes over simulated time, fault bands and alert marks on
// the time axis, a cursor at the shown time and an optional target line.
// The x domain is the whole run, so lines grow left to right and axes stay put.
import { axisBottom, axisLeft, line, scaleLinear, select } from 'd3';
import { formatShortTime } from '../format.ts';
import type { TimelineMark } from './timeline-axis.ts';

export interface ChartSeries {
  /** CSS class that gives the line its colour and dash. */
  className: string;
  label: string;
  /** [tMs, value] pairs; NaN values leave gaps. */
  points: readonly (readonly [number, number])[];
}

export interface ChartInput {
  widthPx: number;
  heightPx: number;
  endMs: number;
  simTimeMs: number;
  series: readonly ChartSeries[];
  marks: readonly TimelineMark[];
  /** Lowest and highest y the axis must show; the data may widen it. */
  yMin: number;
  yMax: number;
  /** Never zoom tighter than this span of y (keeps noise flat). */
  yMinSpan: number;
  /** Which end stays put when the span is widened: 100 % at the top, 0 at the bottom. */
  anchor: 'top' | 'bottom';
  yFormat(value: number): string;
  target?: { value: number; label: string };
}

export interface LineChart {
  update(input: ChartInput): void;
  destroy(): void;
}

const M = { top: 8, right: 12, bottom: 22, left: 52 };

export function createLineChart(svgEl: SVGSVGElement): LineChart {
  const svg = select(svgEl);
  const root = svg.append('g');
  const bands = root.append('g').attr('class', 'chart-marks');
  const xAxis = root.append('g').attr('class', 'chart-axis chart-x');
  const yAxis = root.append('g').attr('class', 'chart-axis chart-y');
  const target = root.append('g').attr('class', 'chart-target');
  target.append('line');
  target.append('text').attr('text-anchor', 'end').attr('dy', '-0.3em');
  const lines = root.append('g').attr('class', 'chart-lines');
  const cursor = root.append('line').attr('class', 'chart-cursor');

  return {
    update(input) {
      const { widthPx, heightPx } = input;
      if (widthPx <= M.left + M.right || heightPx <= M.top + M.bottom) return;
      const x = scaleLinear().domain([0, Math.max(1, input.endMs)]).range([M.left, widthPx - M.right]);
      let lo = input.yMin;
      let hi = input.yMax;
      for (const s of input.series) {
        for (const [, v] of s.points) {
          if (!Number.isFinite(v)) continue;
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
      }
      if (hi - lo < input.yMinSpan) {
        if (input.anchor === 'top') lo = hi - input.yMinSpan;
        else hi = lo + input.yMinSpan;
      }
      const y = scaleLinear().domain([lo, hi]).range([heightPx - M.bottom, M.top]).nice(4);
      xAxis
        .attr('transform', `translate(0,${heightPx - M.bottom})`)
        .call(axisBottom(x).ticks(Math.max(2, Math.floor(widthPx / 90))).tickFormat((d) => formatShortTime(Number(d))).tickSizeOuter(0));
      yAxis
        .attr('transform', `translate(${M.left},0)`)
        .call(axisLeft(y).ticks(4).tickFormat((d) => input.yFormat(Number(d))).tickSize(-(widthPx - M.left - M.right)).tickSizeOuter(0));
      bands
        .selectAll('rect')
        .data(input.marks)
        .join('rect')
        .attr('data-kind', (d) => d.kind)
        .attr('x', (d) => x(d.startMs))
        .attr('y', M.top)
        .attr('height', heightPx - M.top - M.bottom)
        .attr('width', (d) => {
          if (d.endMs === undefined) return 1.5;
          const end = Number.isNaN(d.endMs) ? input.endMs : Math.min(d.endMs, input.endMs);
          return Math.max(1.5, x(end) - x(d.startMs));
        });
      const t = input.target;
      target.attr('display', t && t.value >= y.domain()[0] && t.value <= y.domain()[1] ? 'inline' : 'none');
      if (t) {
        target.select('line').attr('x1', M.left).attr('x2', widthPx - M.right).attr('y1', y(t.value)).attr('y2', y(t.value));
        target.select('text').attr('x', widthPx - M.right - 2).attr('y', y(t.value)).text(t.label);
      }
      const shape = line<readonly [number, number]>()
        .defined(([, v]) => Number.isFinite(v))
        .x(([ms]) => x(ms))
        .y(([, v]) => y(v));
      lines
        .selectAll<SVGPathElement, ChartSeries>('path')
        .data(input.series, (d) => d.className)
        .join('path')
        .attr('class', (d) => `chart-line ${d.className}`)
        .attr('d', (d) => shape(d.points) ?? '');
      const cx = x(Math.min(input.simTimeMs, input.endMs));
      cursor.attr('x1', cx).attr('x2', cx).attr('y1', M.top).attr('y2', heightPx - M.bottom);
    },
    destroy() {
      root.remove();
    },
  };
}
