// The timeline: simulated time on a d3 axis, the stretch already simulated
// (seek anywhere in it by dragging, clicking, or the keyboard), every
// recorded fault as a flag and band, and alerts as diamonds.
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatSimTime } from '../format.ts';
import { faultMarks } from './chart-marks.ts';
import { useAppStore, useAppStoreApi } from '../store/index.ts';
import { SimTime } from './SimTime.tsx';
import { createTimeline, type TimelineChart } from './timeline-axis.ts';

export function Timeline() {
  const store = useAppStoreApi();
  const svgRef = useRef<SVGSVGElement>(null);
  const chartRef = useRef<TimelineChart | null>(null);
  const [widthPx, setWidthPx] = useState(0);
  const simTimeMs = useAppStore((s) => s.simTimeMs);
  const horizonMs = useAppStore((s) => s.horizonMs);
  const durationMs = useAppStore((s) => s.durationMs);
  const faults = useAppStore((s) => s.scenario.faults);
  const log = useAppStore((s) => s.log);
  const endMs = Math.max(durationMs, horizonMs, 1);

  const marks = useMemo(() => faultMarks(faults, log), [faults, log]);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const chart = createTimeline(svg, (ms) => store.getState().seek(ms));
    chartRef.current = chart;
    const resize = new ResizeObserver(() => setWidthPx(svg.clientWidth));
    resize.observe(svg);
    return () => {
      resize.disconnect();
      chart.destroy();
      chartRef.current = null;
    };
  }, [store]);

  useEffect(() => {
    chartRef.current?.update({ widthPx, endMs, simTimeMs, horizonMs, marks });
  }, [widthPx, endMs, simTimeMs, horizonMs, marks]);

  const onKey = (e: React.KeyboardEvent) => {
    const steps: Record<string, number> = { ArrowLeft: -1000, ArrowRight: 1000, PageDown: -10_000, PageUp: 10_000 };
    const s = store.getState();
    if (e.key in steps) s.seek(s.simTimeMs + steps[e.key]);
    else if (e.key === 'Home') s.seek(0);
    else if (e.key === 'End') s.seek(s.horizonMs);
    else return;
    e.preventDefault();
  };

  return (
    <div className="timeline">
      <SimTime />
      <svg
        ref={svgRef}
        className="timeline-svg"
        role="slider"
        tabIndex={0}
        aria-label="Timeline"
        aria-valuemin={0}
        aria-valuemax={Math.round(endMs)}
        aria-valuenow={Math.round(simTimeMs)}
        aria-valuetext={`${formatSimTime(simTimeMs)}; simulated up to ${formatSimTime(horizonMs)}`}
        onKeyDown={onKey}
      />
      <div className="timeline-legend" aria-hidden="true">
        <span><i className="key-fault" /> fault</span>
        <span><i className="key-alert" /> alert</span>
        <span><i className="key-simulated" /> simulated</span>
      </div>
    </div>
  );
}
