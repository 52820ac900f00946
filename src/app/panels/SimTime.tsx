// The shown simulated time as a labelled readout, next to the timeline.
import { formatSimTime } from '../format.ts';
import { useAppStore } from '../store/index.ts';

export function SimTime() {
  const simTimeMs = useAppStore((s) => s.simTimeMs);
  const durationMs = useAppStore((s) => s.durationMs);
  const seeking = useAppStore((s) => s.seeking);
  return (
    <div className="sim-time">
      <span id="sim-time-label" className="readout-label">Simulated time</span>
      <output aria-labelledby="sim-time-label" className="sim-time-value" aria-busy={seeking}>
        {formatSimTime(simTimeMs)}
      </output>
      <span className="sim-time-of">of {formatSimTime(durationMs)}</span>
    </div>
  );
}
