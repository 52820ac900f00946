// Alert rules: add, remove (edits go through setField on `alerts[i]`).
import type { AlertRule, Scenario } from '../../../scenario/index.ts';

/** A useful first rule: the system's error rate above 1% for 5 s. */
export function defaultAlert(id: string): AlertRule {
  return { id, name: 'Error rate above 1%', metric: 'errorRate', op: '>', threshold: 0.01, forMs: 5000 };
}

export function addAlert(scenario: Scenario, alert: AlertRule): Scenario {
  if ((scenario.alerts ?? []).some((a) => a.id === alert.id)) throw new Error(`alert id ${alert.id} is taken`);
  return { ...scenario, alerts: [...(scenario.alerts ?? []), alert] };
}

export function removeAlert(scenario: Scenario, id: string): Scenario {
  const alerts = scenario.alerts ?? [];
  const kept = alerts.filter((a) => a.id !== id);
  return kept.length === alerts.length ? scenario : { ...scenario, alerts: kept };
}
