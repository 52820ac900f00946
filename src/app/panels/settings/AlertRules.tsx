// Alert rules: a condition on a metric (of the whole system or one node) that
// fires once it has held for a while. Add, edit, remove.
import { ALERT_DEFAULTS, type AlertRule, type MetricName } from '../../../scenario/index.ts';
import { useAppStore, useAppStoreApi } from '../../store/index.ts';
import { addAlert, defaultAlert, nextAlertId, removeAlert } from '../../editor/index.ts';
import { NumberField, SelectField, TextField } from '../../fields/index.ts';
import { AlertNodeSelect } from './AlertNodeSelect.tsx';

const METRICS: Array<{ value: MetricName; label: string; unit: string; scale?: number }> = [
  { value: 'availability', label: 'Availability', unit: '%', scale: 100 },
  { value: 'errorRate', label: 'Error rate', unit: '%', scale: 100 },
  { value: 'latencyP50', label: 'Latency, median', unit: 'ms' },
  { value: 'latencyP99', label: 'Latency, 99th percentile', unit: 'ms' },
  { value: 'throughput', label: 'Throughput', unit: 'req/s' },
  { value: 'queueDepth', label: 'Queue depth', unit: 'requests' },
  { value: 'utilization', label: 'Utilisation', unit: '%', scale: 100 },
  { value: 'replicationLagMs', label: 'Replication lag', unit: 'ms' },
  { value: 'up', label: 'Up (1) or down (0)', unit: '1 = up' },
];
const OPS = [
  { value: '>', label: 'above (>)' },
  { value: '>=', label: 'at or above (≥)' },
  { value: '<', label: 'below (<)' },
  { value: '<=', label: 'at or below (≤)' },
];

function AlertRuleEditor({ rule, index }: { rule: AlertRule; index: number }) {
  const store = useAppStoreApi();
  const at = (...rest: string[]) => ['alerts', index, ...rest];
  const metric = METRICS.find((m) => m.value === rule.metric) ?? METRICS[0];
  const title = rule.name || rule.id;
  return (
    <fieldset className="field-group alert-rule" data-alert-id={rule.id}>
      <legend>{title}</legend>
      <TextField path={at('name')} label="Name" placeholder={rule.id} />
      <SelectField path={at('metric')} label="Metric" choices={METRICS} fallback="errorRate" />
      <AlertNodeSelect index={index} value={rule.node} />
      <SelectField path={at('op')} label="Fires when" choices={OPS} fallback=">" />
      {/* Keyed by metric: a switch from a % metric to a ms one re-reads the threshold in its new unit. */}
      <NumberField key={rule.metric} path={at('threshold')} label="Threshold" unit={metric.unit} scale={metric.scale} optional={false} />
      <NumberField path={at('forMs')} label="For at least" unit="ms" placeholder={ALERT_DEFAULTS.forMs} />
      <NumberField path={at('windowMs')} label="Over a window of" unit="ms" placeholder={ALERT_DEFAULTS.windowMs} />
      {/* Two rules may share a name; the id in the accessible name tells their buttons apart. */}
      <button
        type="button"
        className="button-quiet"
        aria-label={`Remove rule ${title}${title === rule.id ? '' : ` (${rule.id})`}`}
        onClick={() => store.getState().edit(`Remove alert ${title}`, (s) => removeAlert(s, rule.id))}
      >
        Remove rule
      </button>
    </fieldset>
  );
}

export function AlertRules() {
  const store = useAppStoreApi();
  const alerts = useAppStore((s) => s.scenario.alerts);
  return (
    <section className="inspector-section" aria-labelledby="settings-alerts">
      <h3 id="settings-alerts">Alert rules</h3>
      {(alerts ?? []).length === 0 ? <p className="inspector-note">No alert rules yet.</p> : null}
      {(alerts ?? []).map((rule, i) => (
        <AlertRuleEditor key={rule.id} rule={rule} index={i} />
      ))}
      <button
        type="button"
        onClick={() => {
          const { scenario, edit } = store.getState();
          const id = nextAlertId(scenario);
          edit(`Add alert ${id}`, (s) => addAlert(s, defaultAlert(id)));
        }}
      >
        Add alert rule
      </button>
    </section>
  );
}
