// The histogram of one metric across seeds, as a d3 factory ({ update,
// destroy }): a bar per group of seeds; above them the mean with its 95 %
// interval as a bracket (the interval is of the mean, far narrower than the
// spread of single runs, which the bars show); the prediction (the MTBF/MTTR
// algebra) as a dashed line. A bar is a button: a click, Enter or Space
// opens its worst seed in the lab.
import { axisBottom, max, scaleLinear, select } from 'd3';
import { binSeeds, type Bar, type SeedValue } from './bins.ts';

export interface HistogramInput {
  widthPx: number;
  heightPx: number;
  points: readonly SeedValue[];
  worse: 'lower' | 'higher';
  format(value: number): string;
  mean: number;
  ci95: [number, number] | null;
  prediction: { value: number; label: string } | null;
  /** What the metric is, for the bars' accessible names ("availability"). */
  metricName: string;
}

export interface Histogram {
  update(input: HistogramInput): void;
  destroy(): void;
}

const M = { top: 30, right: 22, bottom: 24, left: 18 };
/** Height of the interval bracket above the bars. */
const BRACKET_Y = 12;

export function createHistogram(svgEl: SVGSVGElement, onOpen: (seed: number) => void): Histogram {
  const svg = select(svgEl);
  const root = svg.append('g');
  const band = root.append('rect').attr('class', 'histogram-ci');
  const bars = root.append('g').attr('class', 'histogram-bars');
  const meanLine = root.append('line').attr('class', 'histogram-mean');
  const bracket = root.append('g').attr('class', 'histogram-bracket');
  bracket.append('path');
  bracket.append('circle').attr('r', 3.5);
  const prediction = root.append('g').attr('class', 'histogram-prediction');
  prediction.append('line');
  const axis = root.append('g').attr('class', 'chart-axis histogram-axis');

  return {
    update(input) {
      const { widthPx, heightPx } = input;
      if (widthPx <= M.left + M.right + 20 || heightPx <= M.top + M.bottom + 10) return;
      const data = binSeeds(input.points, input.worse);
      const xs = data.flatMap((b) => [b.x0, b.x1]);
      if (input.ci95) xs.push(...input.ci95);
      if (input.prediction) xs.push(input.prediction.value);
      const x = scaleLinear().domain([Math.min(...xs), Math.max(...xs)]).range([M.left, widthPx - M.right]).nice(5);
      const y = scaleLinear().domain([0, max(data, (b) => b.seeds.length) ?? 1]).range([heightPx - M.bottom, M.top]);
      const bottom = heightPx - M.bottom;

      axis.attr('transform', `translate(0,${bottom})`).call(axisBottom(x).ticks(Math.max(2, Math.floor(widthPx / 110))).tickFormat((d) => input.format(Number(d))).tickSizeOuter(0));
      const [lo, hi] = input.ci95 ? [x(input.ci95[0]), x(input.ci95[1])] : [x(input.mean), x(input.mean)];
      band.attr('x', lo).attr('width', Math.max(1, hi - lo)).attr('y', BRACKET_Y).attr('height', bottom - BRACKET_Y);
      meanLine.attr('x1', x(input.mean)).attr('x2', x(input.mean)).attr('y1', BRACKET_Y).attr('y2', bottom);
      // A bracket at least a few pixels wide, so a tight interval still shows its ends.
      const half = Math.max(3, (hi - lo) / 2);
      const mid = (lo + hi) / 2;
      bracket.attr('display', input.ci95 ? null : 'none');
      bracket.select('path').attr('d', `M${mid - half},${BRACKET_Y - 5}v10M${mid - half},${BRACKET_Y}H${mid + half}M${mid + half},${BRACKET_Y - 5}v10`);
      bracket.select('circle').attr('cx', x(input.mean)).attr('cy', BRACKET_Y);
      prediction.attr('display', input.prediction ? null : 'none');
      if (input.prediction) {
        const px = x(input.prediction.value);
        prediction.select('line').attr('x1', px).attr('x2', px).attr('y1', BRACKET_Y).attr('y2', bottom);
        prediction.attr('aria-label', input.prediction.label);
      }

      const label = (b: Bar) =>
        `${b.seeds.length} seed${b.seeds.length === 1 ? '' : 's'} with ${input.metricName} ${input.format(b.x0)} to ${input.format(b.x1)}: open seed ${b.worstSeed}`;
      bars
        .selectAll<SVGRectElement, Bar>('rect')
        .data(data)
        .join((enter) =>
          enter
            .append('rect')
            .attr('class', 'histogram-bar')
            .attr('role', 'button')
            .attr('tabindex', 0)
            .on('click', (_event, b) => onOpen(b.worstSeed))
            .on('keydown', (event: KeyboardEvent, b) => {
              if (event.key !== 'Enter' && event.key !== ' ') return;
              event.preventDefault();
              onOpen(b.worstSeed);
            }),
        )
        .attr('x', (b) => x(b.x0) + 0.5)
        .attr('width', (b) => Math.max(2, x(b.x1) - x(b.x0) - 1))
        .attr('y', (b) => y(b.seeds.length))
        .attr('height', (b) => bottom - y(b.seeds.length))
        .attr('data-seeds', (b) => b.seeds.join(' '))
        .attr('aria-label', label)
        .each(function (b) {
          select(this).selectAll('title').data([b]).join('title').text(`${label(b)} (seeds ${b.seeds.join(', ')})`);
        });
    },
    destroy() {
      root.remove();
    },
  };
}
