// A time-series chart as a d3 factory ({ update, destroy }): d3 scales,
// axes and line shapes over simulated time, fault bands, alert marks and the
// spans that explain an outage on the time axis, a cursor at the shown time,
// an optional target line, and a kept run's line drawn faint ("before").
// The x domain is the whole run, so lines grow left to right; the y domain
// only ever widens during a run (reset with `domainKey`), so axes never
// rescale under the reader as time advances or when seeking back.
import { axisBottom, axisLeft, line, scaleLinear, select, type ScaleLinear } from 'd3';
import { formatShortTime } from '../format.ts';
import { axisGate, axisKey } from './axis-gate.ts';
import { decimate } from './decimate.ts';
import { longRunTicks } from './time-ticks.ts';
import type { CauseSpan } from './chart-marks.ts';
import type { TimelineMark } from './timeline-axis.ts';

export interface ChartSeries {
  /** CSS class that gives the line its colour and dash. */
  className: string;
  label: string;
  /** [tMs, value] pairs; NaN values leave gaps. */
  points: readonly (readonly [number, number])[];
  /** How the line is counted, for its key's tooltip. */
  how?: string;
}

export interface ChartInput {
  widthPx: number;
  heightPx: number;
  endMs: number;
  simTimeMs: number;
  series: readonly ChartSeries[];
  marks: readonly TimelineMark[];
  spans: readonly CauseSpan[];
  /** The domain starts as [yMin, yMax] and widens to hold the data, never narrowing until domainKey changes. */
  yMin: number;
  yMax: number;
  domainKey: string;
  yFormat(value: number): string;
  target?: { value: number; label: string };
}

export interface LineChart {
  update(input: ChartInput): void;
  destroy(): void;
}

const M = { top: 8, right: 10, bottom: 22, left: 42 };

export function createLineChart(svgEl: SVGSVGElement): LineChart {
  const svg = select(svgEl);
  const root = svg.append('g');
  const bands = root.append('g').attr('class', 'chart-marks');
  const spans = root.append('g').attr('class', 'chart-spans');
  const xAxis = root.append('g').attr('class', 'chart-axis chart-x');
  const yAxis = root.append('g').attr('class', 'chart-axis chart-y');
  const target = root.append('g').attr('class', 'chart-target');
  target.append('line');
  target.append('text').attr('text-anchor', 'end').attr('dy', '-0.3em');
  const lines = root.append('g').attr('class', 'chart-lines');
  const cursor = root.append('line').attr('class', 'chart-cursor');
  let domain: [number, number] = [0, 1];
  let key: string | null = null;
  const gates = { x: axisGate(), y: axisGate() };

  return {
    update(input) {
      const { widthPx, heightPx } = input;
      if (widthPx <= M.left + M.right || heightPx <= M.top + M.bottom) return;
      if (key !== input.domainKey) {
        key = input.domainKey;
        domain = [input.yMin, input.yMax];
      }
      domain = widened(domain, input.series);
      const x = scaleLinear().domain([0, Math.max(1, input.endMs)]).range([M.left, widthPx - M.right]);
      const y = scaleLinear().domain(domain).range([heightPx - M.bottom, M.top]).nice(4);
      const plotH = heightPx - M.top - M.bottom;
      drawAxes(xAxis, yAxis, gates, x, y, input);
      const clampEnd = (ms: number | undefined) => (ms === undefined ? undefined : Number.isNaN(ms) ? input.endMs : Math.min(ms, input.endMs));
      bands
        .selectAll('rect')
        .data(input.marks)
        .join('rect')
        .attr('data-kind', (d) => d.kind)
        .attr('x', (d) => x(d.startMs))
        .attr('y', M.top)
        .attr('height', plotH)
        .attr('width', (d) => {
          const end = clampEnd(d.endMs);
          return end === undefined ? 1.5 : Math.max(1.5, x(end) - x(d.startMs));
        });
      drawSpans(spans, input.spans, x, M.top, plotH);
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
        // No more points than the pixels can show: a year's line draws in milliseconds.
        .attr('d', (d) => shape(decimate(d.points, x, widthPx)) ?? '');
      const cx = x(Math.min(input.simTimeMs, input.endMs));
      cursor.attr('x1', cx).attr('x2', cx).attr('y1', M.top).attr('y2', heightPx - M.bottom);
    },
    destroy() {
      root.remove();
    },
  };
}

/** The domain, widened to hold every finite value of the series. */
export function widened(domain: readonly [number, number], series: readonly ChartSeries[]): [number, number] {
  let [lo, hi] = domain;
  for (const s of series) {
    for (const [, v] of s.points) {
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return [lo, hi];
}

type Group = ReturnType<typeof select<SVGGElement, unknown>>;

/** The axes, each redrawn only when what it shows changed (axis-gate.ts): not on every commit. */
function drawAxes(
  xAxis: Group, yAxis: Group, gates: { x: ReturnType<typeof axisGate>; y: ReturnType<typeof axisGate> },
  x: ScaleLinear<number, number>, y: ScaleLinear<number, number>, input: ChartInput,
): void {
  const { widthPx, heightPx } = input;
  // A long run's axis counts days or months (time-ticks.ts).
  const count = Math.max(2, Math.floor(widthPx / 80));
  const long = longRunTicks(input.endMs, count);
  const xValues = long ? long.values : x.ticks(count);
  const xFormat = long ? long.format : formatShortTime;
  if (gates.x.needed(axisKey(x, xValues, xFormat, `${heightPx}`))) {
    xAxis.attr('transform', `translate(0,${heightPx - M.bottom})`)
      .call(axisBottom(x).tickSizeOuter(0).tickValues(xValues).tickFormat((d) => xFormat(Number(d))));
  }
  const yValues = y.ticks(Math.max(2, Math.floor((heightPx - M.top - M.bottom) / 28)));
  if (gates.y.needed(axisKey(y, yValues, input.yFormat, `${widthPx}`))) {
    yAxis.attr('transform', `translate(${M.left},0)`)
      .call(axisLeft(y).tickValues(yValues).tickFormat((d) => input.yFormat(Number(d))).tickSize(-(widthPx - M.left - M.right)).tickSizeOuter(0));
  }
}

function drawSpans(
  g: Group, list: readonly CauseSpan[], x: (ms: number) => number, top: number, h: number,
): void {
  const groups = g
    .selectAll<SVGGElement, CauseSpan>('g.chart-span')
    .data(list)
    .join((enter) => {
      const m = enter.append('g').attr('class', 'chart-span');
      m.append('rect');
      m.append('text').attr('dy', '1em');
      m.append('title');
      return m;
    });
  groups.attr('data-kind', (d) => d.kind);
  groups.select('title').text((d) => d.label);
  groups.select('rect').attr('x', (d) => x(d.startMs)).attr('y', top).attr('height', h)
    .attr('width', (d) => Math.max(2, x(d.endMs) - x(d.startMs)));
  // The caption only where it fits; the title always carries the sentence.
  groups.select('text').attr('x', (d) => x(d.startMs) + 3).attr('y', top + 1)
    .text((d) => (x(d.endMs) - x(d.startMs) >= d.caption.length * 6 ? d.caption : ''));
}
