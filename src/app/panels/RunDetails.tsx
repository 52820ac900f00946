// Run details: seed, events, the trace hash (equal to the CLI's for the same
// scenario), and how fast Run to end went in this browser.
import { formatCount, formatShortTime } from '../format.ts';
import { useAppStore } from '../store/index.ts';

export function RunDetails() {
  const seed = useAppStore((s) => s.seed);
  const events = useAppStore((s) => s.events);
  const traceHash = useAppStore((s) => s.traceHash);
  const last = useAppStore((s) => s.lastRunToEnd);
  const report = useAppStore((s) => s.report);
  const faults = useAppStore((s) => s.scenario.faults?.length ?? 0);
  return (
    <section className="run-details" aria-label="Run details">
      <dl>
        <dt>Seed</dt>
        <dd>{seed}</dd>
        <dt>Recorded faults</dt>
        <dd>{faults}</dd>
        <dt>Events simulated</dt>
        <dd>{formatCount(events)}</dd>
        <dt id="trace-hash-label">Trace hash</dt>
        <dd><output aria-labelledby="trace-hash-label" className="mono">{traceHash ?? 'when the run ends'}</output></dd>
        {report && (
          <>
            <dt>Requests</dt>
            <dd>{formatCount(report.requests.total)} ({formatCount(report.requests.succeeded)} succeeded)</dd>
          </>
        )}
        {last && (
          <>
            <dt id="run-speed-label">Run to end</dt>
            <dd>
              <output aria-labelledby="run-speed-label" data-requests={last.requests} data-wall-ms={Math.round(last.wallMs)}>
                {formatCount(last.requests)} requests in {formatShortTime(last.wallMs)} wall ·{' '}
                {formatCount(last.wallMs > 0 ? (last.requests / last.wallMs) * 1000 : 0)} req/s
              </output>
            </dd>
          </>
        )}
      </dl>
      <p className="muted run-note">The same scenario and seed give the same trace hash here and in <code>nines run</code>.</p>
    </section>
  );
}
