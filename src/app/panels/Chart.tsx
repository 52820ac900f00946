// One chart of the dock: its title and unit, the keys of its lines, and the
// d3 chart (line-chart.ts) created once and updated in an effect.
import { useEffect, useRef, useState } from 'react';
import type { CauseSpan } from './chart-marks.ts';
import { createLineChart, type ChartSeries, type LineChart } from './line-chart.ts';
import type { TimelineMark } from './timeline-axis.ts';

export interface ChartSpec {
  id: string;
  title: string;
  unit: string;
  aria: string;
  series: ChartSeries[];
  yMin: number;
  yMax: number;
  domainKey: string;
  target?: { value: number; label: string };
  /** A caveat on how a line is drawn, shown after the keys and in the accessible name. */
  note?: { text: string; full: string } | null;
}

interface Props {
  spec: ChartSpec;
  endMs: number;
  simTimeMs: number;
  marks: readonly TimelineMark[];
  spans: readonly CauseSpan[];
}

const yFormat = (v: number) => `${v}`;

export function Chart({ spec, endMs, simTimeMs, marks, spans }: Props) {
  const svgRef = useRef<SVGSVGElement>(null);
  const chartRef = useRef<LineChart | null>(null);
  const [size, setSize] = useState({ w: 0, h: 0 });
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    chartRef.current = createLineChart(svg);
    const resize = new ResizeObserver(() => setSize({ w: svg.clientWidth, h: svg.clientHeight }));
    resize.observe(svg);
    return () => {
      resize.disconnect();
      chartRef.current?.destroy();
      chartRef.current = null;
    };
  }, []);
  useEffect(() => {
    chartRef.current?.update({
      widthPx: size.w, heightPx: size.h, endMs, simTimeMs, marks, spans, series: spec.series,
      yMin: spec.yMin, yMax: spec.yMax, domainKey: spec.domainKey, yFormat, target: spec.target,
    });
  });
  return (
    <figure className="chart" data-chart={spec.id}>
      <figcaption>
        <span className="chart-head"><span className="chart-title">{spec.title}</span> <span className="chart-unit">{spec.unit}</span></span>
        <span className="chart-keys">
          {spec.series.map((s) => (
            <span key={s.className} className={`chart-key ${s.className}`} title={s.how}><i />{s.label}</span>
          ))}
          {spec.note && <span className="chart-key chart-note" title={spec.note.full}>{spec.note.text}</span>}
        </span>
      </figcaption>
      <svg ref={svgRef} className="chart-svg" role="img" aria-label={spec.note ? `${spec.aria}; ${spec.note.full}` : spec.aria} />
    </figure>
  );
}
