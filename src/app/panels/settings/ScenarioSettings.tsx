// The scenario as a whole (shown when nothing is selected): its name and
// description, the run's seed and length, the SLO, and alert rules.
import { DEFAULT_DURATION_MS, DEFAULT_SEED, MONITORING_DEFAULTS, SLO_DEFAULTS } from '../../../scenario/index.ts';
import { NumberField, TextField } from '../../fields/index.ts';
import { AlertRules } from './AlertRules.tsx';
import { FaultList } from './FaultList.tsx';

export function ScenarioSettings() {
  return (
    <div className="inspector-body">
      <header className="inspector-header">
        <p className="inspector-kind">Scenario</p>
        <h2>Settings</h2>
      </header>
      <p className="inspector-note">Select a node or a link on the canvas to edit it.</p>
      <section className="inspector-section" aria-labelledby="settings-about">
        <h3 id="settings-about">About</h3>
        <TextField path={['name']} label="Name" optional={false} />
        <TextField path={['description']} label="Description" multiline hint="Plain text, shown to whoever opens the link" />
      </section>
      <section className="inspector-section" aria-labelledby="settings-run">
        <h3 id="settings-run">Run</h3>
        <NumberField path={['seed']} label="Seed" unit="integer" placeholder={DEFAULT_SEED} hint="Same scenario and seed: the very same run" />
        <NumberField path={['durationMs']} label="Duration" unit="ms" placeholder={DEFAULT_DURATION_MS} />
        <NumberField path={['monitoring', 'scrapeIntervalMs']} label="Metrics every" unit="ms" placeholder={MONITORING_DEFAULTS.scrapeIntervalMs} />
      </section>
      <section className="inspector-section" aria-labelledby="settings-slo">
        <h3 id="settings-slo">Service level objective</h3>
        <NumberField path={['slo', 'availability']} label="Availability target" unit="%" scale={100} placeholder={SLO_DEFAULTS.availability} />
        <NumberField path={['slo', 'latencyMs']} label="Latency target" unit="ms" placeholder={SLO_DEFAULTS.latencyMs} />
        <NumberField path={['slo', 'percentile']} label="At percentile" unit="th" placeholder={SLO_DEFAULTS.percentile} />
      </section>
      <AlertRules />
      <FaultList />
    </div>
  );
}
