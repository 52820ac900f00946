// A node's state in words and fractions, from the engine's packed node
// states (frames.ts NODE) and the faults in force: what the glyph draws and
// what a screen reader announces.
import { NODE } from '../../engine/index.ts';
import type { Topology } from '../../engine/index.ts';
import type { NodeType, Scenario } from '../../scenario/index.ts';
import { formatPercent } from '../format.ts';
import { kindUi } from '../kinds/index.ts';
import { activeFaultIndex } from '../run/index.ts';

export type Health = 'up' | 'degraded' | 'down' | 'unknown';

export interface NodeView {
  health: Health;
  /** "up", "down", "slow ×5", "errors 50 %", "draining", "zone outage". */
  stateWord: string;
  /** Busy workers / workers, 0..1. */
  utilization: number;
  queue: number;
  /** Queue / queue limit, 0..1. */
  queueFill: number;
  role: '' | 'primary' | 'replica' | 'fenced';
  /** A short second line: "42 % busy · queue 12", "2 of 3 backends". */
  detail: string;
}

const UNKNOWN: NodeView = { health: 'unknown', stateWord: 'not running', utilization: 0, queue: 0, queueFill: 0, role: '', detail: '' };
const ROLES = ['', 'primary', 'replica', 'fenced'] as const;

/**
 * `known` is the node's index in the topology when the caller has it (the
 * canvas does, for every node at once), so a large system does not search
 * the topology once per node per update.
 */
export function nodeView(
  scenario: Scenario, topology: Topology | null, nodeStates: Float64Array | null,
  linkStates: Float64Array | null, id: string, type: NodeType, timeMs: number, known?: number,
): NodeView {
  const index = known !== undefined && topology?.nodeIds[known] === id ? known : topology ? topology.nodeIds.indexOf(id) : -1;
  if (!nodeStates || index < 0 || (index + 1) * NODE.size > nodeStates.length) return UNKNOWN;
  const o = index * NODE.size;
  const up = nodeStates[o + NODE.up] === 1;
  const degraded = nodeStates[o + NODE.degraded] === 1;
  const workers = nodeStates[o + NODE.workers];
  const queue = nodeStates[o + NODE.queue];
  const queueLimit = nodeStates[o + NODE.queueLimit];
  // In steps of 5 %: the fill and the words change only when the eye can tell (and a large system re-renders less).
  const utilization = workers > 0 ? Math.round(Math.min(1, nodeStates[o + NODE.busy] / workers) * 20) / 20 : 0;
  const role = ROLES[nodeStates[o + NODE.role]] ?? '';
  const health: Health = !up ? 'down' : degraded ? 'degraded' : 'up';
  return {
    health,
    stateWord: !up ? downWord(scenario, id, timeMs) : degraded ? degradedWord(scenario, id, timeMs, nodeStates[o + NODE.draining] === 1) : 'up',
    utilization,
    queue,
    queueFill: queueLimit > 0 ? Math.min(1, queue / queueLimit) : 0,
    role,
    detail: !up ? '' : kindUi(type).readout({ utilization, queue, topology, linkStates, index, state: (c) => nodeStates[o + c] }),
  };
}

function downWord(scenario: Scenario, id: string, timeMs: number): string {
  const zone = scenario.nodes.find((n) => n.id === id)?.zone;
  if (zone && activeFaultIndex(scenario, 'zoneOutage', zone, timeMs) >= 0) return 'down (zone outage)';
  return 'down';
}

function degradedWord(scenario: Scenario, id: string, timeMs: number, draining: boolean): string {
  if (draining) return 'draining';
  const faults = scenario.faults ?? [];
  const slow = activeFaultIndex(scenario, 'slow', id, timeMs);
  const errors = activeFaultIndex(scenario, 'errors', id, timeMs);
  const words: string[] = [];
  if (slow >= 0) {
    const f = faults[slow];
    words.push(f.type === 'slow' ? `slow ×${f.factor}` : 'slow');
  }
  if (errors >= 0) {
    const f = faults[errors];
    words.push(f.type === 'errors' ? `errors ${formatPercent(f.rate)}` : 'errors');
  }
  return words.join(', ') || 'degraded';
}
