// The readable summary `nines run` prints: the few numbers that say what
// survived (availability in % and in nines, latency percentiles, outcomes),
// then a table per node, the data section, alerts and the SLO.
import { SLO_DEFAULTS } from '../scenario/index.ts';
import type { Report, Scenario } from '../scenario/index.ts';
import { expectedAvailability } from '../scenario/index.ts';

export function formatSummary(report: Report, scenario: Scenario): string {
  const out: string[] = [];
  const r = report.requests;
  out.push(report.scenario);
  out.push(
    `seed ${report.seed} · ${seconds(report.durationMs)} simulated · ${report.events.toLocaleString('en-US')} events · trace ${report.traceHash}`,
  );
  out.push('');
  out.push(`Availability  ${percent(report.availability)}  (${nines(report.availability, r.total - r.succeeded)})`);
  const expected = expectedAvailability(scenario);
  // The algebra beside the measurement: the gap is detection delay, timeouts and load.
  if (expected) out.push(`  expected    ${percent(expected.availability)}  from MTBF/MTTR, health-check detection and failover (series × parallel; no overload, timeouts or retries' load)`);
  out.push(
    `Latency       p50 ${ms(report.latencyMs.p50)}  p95 ${ms(report.latencyMs.p95)}  p99 ${ms(report.latencyMs.p99)}` +
      `  (mean ${ms(report.latencyMs.mean)}, max ${ms(report.latencyMs.max)})`,
  );
  out.push(`Throughput    ${round(report.throughputPerSec, 1)} req/s`);
  out.push('');
  out.push('Requests');
  out.push(
    ...table(
      [
        ['total', 'succeeded', 'failed', 'timed out', 'rejected', 'attempts'],
        [r.total, r.succeeded, r.failed, r.timedOut, r.rejected, r.attempts].map(String),
      ],
      '  ',
    ),
  );
  out.push('');
  out.push('Nodes');
  const rows = [['node', 'type', 'served', 'rejected', 'utilization', 'mean queue', 'down']];
  // Scenario order, not report key order: the order the user wrote them in.
  for (const node of scenario.nodes) {
    const n = report.nodes[node.id];
    if (!n) continue;
    rows.push([node.id, node.type, String(n.served), String(n.rejected), percent(n.utilization), round(n.meanQueue, 2), seconds(n.downtimeMs)]);
  }
  out.push(...table(rows, '  '));
  // A cache's hit ratio is what its lesson is about: hits ÷ (hits + misses) of reads.
  for (const node of scenario.nodes.filter((n) => n.type === 'cache')) {
    const n = report.nodes[node.id];
    if (n?.hitRatio !== undefined) out.push(`  ${node.id}: hit ratio ${percent(n.hitRatio)} (${n.hits ?? 0} hits, ${n.misses ?? 0} misses)`);
  }

  if (scenario.nodes.some((n) => n.type === 'database')) {
    const d = report.data;
    out.push('');
    out.push('Data');
    out.push(
      ...table(
        [
          ['writes acked', 'writes lost', 'stale reads', 'failovers', 'no primary', 'split brain'],
          [String(d.writesAcked), String(d.writesLost), String(d.staleReads), String(d.failovers), seconds(d.noPrimaryMs), seconds(d.splitBrainMs)],
        ],
        '  ',
      ),
    );
  }

  out.push('');
  out.push(`Alerts        ${formatAlerts(report, scenario)}`);
  out.push(`SLO           ${formatSlo(report, scenario)}`);
  return out.join('\n');
}

function formatAlerts(report: Report, scenario: Scenario): string {
  const rules = scenario.alerts ?? [];
  if (rules.length === 0) return 'none defined';
  if (report.alerts.length === 0) return `none fired (${rules.length} defined)`;
  const names = new Map(rules.map((a) => [a.id, a.name ?? a.id]));
  return report.alerts
    .map((a) => {
      const until = a.resolvedAtMs === undefined ? 'still firing at the end' : `resolved at ${seconds(a.resolvedAtMs)}`;
      return `${names.get(a.id) ?? a.id}: fired at ${seconds(a.firedAtMs)}, ${until}`;
    })
    .join('\n              ');
}

function formatSlo(report: Report, scenario: Scenario): string {
  const verdict = report.slo.met ? 'met' : 'MISSED';
  const target = scenario.slo?.availability;
  const what = `availability ≥ ${percent(target ?? SLO_DEFAULTS.availability)}${target === undefined ? ', the default' : ''}`;
  // The SLO holds latency too (slo.latencyMs at slo.percentile, 300 ms at p99 by default): say so when
  // that is what missed it, or a run at 100 % reads "MISSED" with no reason.
  const t = report.slo.target;
  const late = t && report.slo.latencyMs !== undefined && report.slo.latencyMs > t.latencyMs
    ? `; p${t.percentile} ${ms(report.slo.latencyMs)} > ${ms(t.latencyMs)}${scenario.slo?.latencyMs === undefined ? ', the default' : ''}`
    : '';
  return `${verdict} (${what}${late}; error budget spent ${percent(report.slo.errorBudgetSpent)})`;
}

/** How many nines: 0.999 → "3.0 nines". */
export function nines(availability: number, failures: number): string {
  if (failures === 0 || availability >= 1) return 'no failed requests';
  if (availability <= 0) return '0 nines';
  return `${round(-Math.log10(1 - availability), 1)} nines`;
}

/** 0.99912 → "99.912%": enough digits that high availabilities stay distinct. */
export function percent(fraction: number): string {
  const p = fraction * 100;
  if (!Number.isFinite(p)) return String(p);
  const digits = p >= 99 && p < 100 ? 3 : 1;
  return `${round(p, digits)}%`;
}

function ms(value: number): string {
  return `${round(value, 1)} ms`;
}

function seconds(valueMs: number): string {
  return valueMs >= 1000 ? `${round(valueMs / 1000, 1)} s` : `${round(valueMs, 0)} ms`;
}

function round(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : String(value);
}

/** Left-aligned columns, first row a header, each line indented by `indent`. */
function table(rows: string[][], indent: string): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  return rows.map((row) => indent + row.map((cell, c) => cell.padEnd(widths[c])).join('   ').trimEnd());
}
