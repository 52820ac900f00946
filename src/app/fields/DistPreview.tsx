// A small picture of a distribution's shape, so "exponential, mean 20 ms"
// reads as a long right tail at a glance. D3 computes the path; React draws it.
import { area, curveMonotoneX, scaleLinear } from 'd3';
import type { Dist } from '../../scenario/index.ts';
import { asObject, density, span, summary } from './dist-shape.ts';

const WIDTH_PX = 240;
const HEIGHT_PX = 56;
const SAMPLES = 80;

function formatMs(v: number, unit: string): string {
  const shown = v >= 100 ? Math.round(v) : Number(v.toPrecision(2));
  return `${shown} ${unit}`;
}

export function DistPreview({ dist, unit }: { dist: Dist; unit: string }) {
  const top = span(dist);
  const x = scaleLinear().domain([0, top]).range([4, WIDTH_PX - 4]);
  const { mean, p99 } = summary(dist);
  const d = asObject(dist);
  let path = '';
  if (d.type === 'constant') {
    path = `M${x(d.value) - 2},${HEIGHT_PX - 16}V6h4V${HEIGHT_PX - 16}Z`;
  } else {
    const points = Array.from({ length: SAMPLES + 1 }, (_, i) => {
      const at = (top * i) / SAMPLES;
      return [at, density(dist, at)] as const;
    });
    const peak = Math.max(...points.map((p) => p[1])) || 1;
    const y = scaleLinear().domain([0, peak]).range([HEIGHT_PX - 16, 6]);
    path =
      area<readonly [number, number]>()
        .x((p) => x(p[0]))
        .y0(HEIGHT_PX - 16)
        .y1((p) => y(p[1]))
        .curve(curveMonotoneX)(points) ?? '';
  }
  const valid = Number.isFinite(mean) && Number.isFinite(p99);
  return (
    <figure className="dist-preview">
      <svg width={WIDTH_PX} height={HEIGHT_PX} role="img" aria-label={valid ? `Shape: mean ${formatMs(mean, unit)}, 99th percentile ${formatMs(p99, unit)}` : 'Shape unavailable'}>
        <path className="dist-preview-shape" d={path} />
        <line className="dist-preview-axis" x1={4} x2={WIDTH_PX - 4} y1={HEIGHT_PX - 16} y2={HEIGHT_PX - 16} />
        {valid ? <line className="dist-preview-mark" x1={x(mean)} x2={x(mean)} y1={4} y2={HEIGHT_PX - 16} /> : null}
        <text className="dist-preview-tick" x={4} y={HEIGHT_PX - 3}>0</text>
        <text className="dist-preview-tick" x={WIDTH_PX - 4} y={HEIGHT_PX - 3} textAnchor="end">
          {formatMs(top, unit)}
        </text>
      </svg>
      {valid ? (
        <figcaption>
          mean {formatMs(mean, unit)} · p99 {formatMs(p99, unit)}
        </figcaption>
      ) : null}
    </figure>
  );
}
