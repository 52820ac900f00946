// Files out, as data: the scenario as JSON (the very format `nines run`
// reads, so the exported file runs in the CLI with the same trace hash), the
// report as JSON (nines/report@1, as `nines run --json` prints it), and the
// metric series as CSV (one row per scrape; system columns, then each
// node's). Pure functions of what the store holds, so they are unit-tested.
import { NODE_ROW, ROW } from '../../engine/index.ts';
import type { Report, Scenario } from '../../scenario/index.ts';

export function scenarioJson(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The columns of a layout object such as ROW ({ tMs: 0, …, size: 12 }), in index order. */
function columns(layout: Record<string, number>): Array<[string, number]> {
  return Object.entries(layout)
    .filter(([name]) => name !== 'size')
    .sort((a, b) => a[1] - b[1]);
}

/**
 * The metric rows as CSV: `tMs`, the system's columns, then `<node>.<column>`
 * for every node in the engine's order. Node ids are `A-Z a-z 0-9 _ -`, so
 * no header needs quoting; numbers are written as JavaScript prints them
 * (full precision, `NaN` where a value is undefined, e.g. latency with no
 * request).
 */
export function metricsCsv(rows: readonly Float64Array[], nodeIds: readonly string[]): string {
  const system = columns(ROW);
  const perNode = columns(NODE_ROW);
  const header = [...system.map(([name]) => name), ...nodeIds.flatMap((id) => perNode.map(([name]) => `${id}.${name}`))];
  const lines = [header.join(',')];
  for (const row of rows) {
    const cells: string[] = system.map(([, at]) => String(row[at]));
    nodeIds.forEach((_, n) => {
      const base = ROW.size + n * NODE_ROW.size;
      for (const [, at] of perNode) cells.push(String(row[base + at]));
    });
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}
