// Alert rules: a condition over a sliding window; pending while it holds,
// firing once it has held for forMs, resolved when it stops holding.
import { ms } from '../kernel/index.ts';
import type { World } from '../state.ts';
import { logEvent } from './log.ts';
import { AlertState } from './monitor-state.ts';
import { windowMetric } from './windowed-metrics.ts';

function holds(value: number, op: string, threshold: number): boolean {
  switch (op) {
    case '>': return value > threshold;
    case '>=': return value >= threshold;
    case '<': return value < threshold;
    default: return value <= threshold;
  }
}

export function evaluateAlerts(w: World): void {
  const rules = w.cfg.alerts;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    const a = w.monitor.alerts[i];
    const value = windowMetric(w, rule);
    if (holds(value, rule.op, rule.threshold)) {
      if (a.state === AlertState.inactive) {
        a.state = AlertState.pending;
        a.pendingSinceUs = w.nowUs;
      }
      if (a.state === AlertState.pending && w.nowUs - a.pendingSinceUs >= rule.forUs) {
        a.state = AlertState.firing;
        a.firings.push({ firedAtMs: ms(w.nowUs) });
        logEvent(w, 'alertFiring', rule.id, `Alert firing: ${rule.name} (${rule.metric} = ${round(value)})`);
      }
    } else if (a.state === AlertState.firing) {
      a.state = AlertState.inactive;
      a.firings[a.firings.length - 1].resolvedAtMs = ms(w.nowUs);
      logEvent(w, 'alertResolved', rule.id, `Alert resolved: ${rule.name}`);
    } else {
      a.state = AlertState.inactive;
    }
  }
}

const round = (x: number): string => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3));
