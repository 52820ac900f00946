// Readable, unique names for new things: `web-3`, `lb-1`, `zone-b`.
// A node's id and its label start equal, so what the user reads on the canvas
// is also what alerts, faults and the CLI refer to.
import type { NodeType, Scenario } from '../../scenario/index.ts';
import { kindModel } from '../kinds/model/index.ts';

/** Every string already used as a node id or label, to keep new names unique. */
function usedNames(scenario: Scenario): Set<string> {
  const used = new Set<string>();
  for (const node of scenario.nodes) {
    used.add(node.id);
    if (node.label) used.add(node.label);
  }
  return used;
}

/**
 * The next free `prefix-n`: one more than the largest n in use, so deleting
 * `web-2` of three does not make the next server a second `web-3` in the
 * user's memory of the canvas.
 */
export function nextName(prefix: string, used: Iterable<string>): string {
  const pattern = new RegExp(`^${prefix.replace(/[-]/g, '\\-')}-(\\d+)$`);
  let max = 0;
  const all = new Set(used);
  for (const name of all) {
    const match = pattern.exec(name);
    if (match) max = Math.max(max, Number(match[1]));
  }
  let n = max + 1;
  while (all.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

/** A fresh id (= label) for a node of `kind`, unique in `scenario` and `alsoTaken`. */
export function nextNodeId(scenario: Scenario, kind: NodeType, alsoTaken: Iterable<string> = []): string {
  const used = usedNames(scenario);
  for (const name of alsoTaken) used.add(name);
  return nextName(kindModel(kind).idPrefix, used);
}

/** Zone names present on any node, in first-seen order. */
export function zoneNames(scenario: Scenario): string[] {
  const seen: string[] = [];
  for (const node of scenario.nodes) if (node.zone && !seen.includes(node.zone)) seen.push(node.zone);
  return seen;
}

/** The next zone name: `zone-a`, `zone-b`, … then `zone-aa`. */
export function nextZoneName(scenario: Scenario): string {
  const used = new Set(zoneNames(scenario));
  for (let i = 0; ; i += 1) {
    const name = `zone-${letters(i)}`;
    if (!used.has(name)) return name;
  }
}

function letters(i: number): string {
  const a = 'a'.charCodeAt(0);
  return i < 26 ? String.fromCharCode(a + i) : letters(Math.floor(i / 26) - 1) + String.fromCharCode(a + (i % 26));
}

/** The next cluster id, `cluster-1`, … */
export function nextClusterId(scenario: Scenario): string {
  return nextName('cluster', (scenario.clusters ?? []).map((c) => c.id));
}

/** The next alert id, `alert-1`, … */
export function nextAlertId(scenario: Scenario): string {
  return nextName('alert', (scenario.alerts ?? []).map((a) => a.id));
}
