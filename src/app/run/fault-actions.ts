// What a user can break (or mend) on the thing they selected, at the shown
// time. One table feeds both the "Break things" panel and the context menu,
// so the two always offer the same actions under the same names.
import type { Fault, FaultType, Scenario } from '../../scenario/index.ts';
import type { FaultRequest } from '../store/index.ts';
import { faultStartMs } from './timing.ts';

/**
 * What is being broken. A node brings its kind's Break actions (the kind's
 * UI descriptor, app/kinds, lists them) and, for a cluster member, whether it
 * is the primary at the shown time (Promote is offered to the others only).
 */
export type BreakTarget =
  | { kind: 'node'; id: string; breaks: readonly BreakToggle[]; member?: boolean; primaryNow?: boolean }
  | { kind: 'link'; id: string }
  | { kind: 'zone'; id: string };

/** Strength of the faults a button injects; the panel lets the user pick them. */
export interface FaultStrength {
  slowFactor: number;
  errorRate: number;
  addMs: number;
  lossRate: number;
  surgeFactor: number;
}

export const DEFAULT_STRENGTH: FaultStrength = { slowFactor: 5, errorRate: 0.5, addMs: 200, lossRate: 0.2, surgeFactor: 3 };

export interface FaultAction {
  /** The button's name (accessible name too): "Crash", "Recover", … */
  label: string;
  /** One sentence on what it does. */
  explain: string;
  /** Inject this fault … */
  inject?: FaultRequest;
  /** … or end the recorded fault at this index of scenario.faults. */
  endIndex?: number;
  /** Which kind of fault the action starts or ends (for grouping). */
  type: FaultType;
}

/**
 * The recorded fault of `type` on `target` in force at `timeMs`, or one
 * injected just now (faults start on the next whole millisecond). Its index
 * in scenario.faults, or -1.
 */
export function activeFaultIndex(scenario: Scenario, type: FaultType, target: string, timeMs: number): number {
  const faults = scenario.faults ?? [];
  const startLimitMs = faultStartMs(timeMs);
  for (let i = faults.length - 1; i >= 0; i--) {
    const f = faults[i];
    if (f.type !== type || f.target !== target || f.atMs > startLimitMs) continue;
    if (f.durationMs === undefined || f.atMs + f.durationMs > timeMs) return i;
  }
  return -1;
}

/** A fault that is switched on and off: one button, whose name says which it will do. */
export interface BreakToggle {
  type: FaultType;
  on: string;
  off: string;
  /** A moment, not a state (a cache's flush): always offered as `on`, never ended. */
  moment?: boolean;
  explainOn: string;
  explainOff: string;
  request(id: string, s: FaultStrength): FaultRequest;
}


const pct = (x: number) => `${Math.round(x * 100)} %`;

/** What breaks a serving node: crash, slow, errors, drain. */
export const NODE_BREAKS: readonly BreakToggle[] = [
  {
    type: 'crash', on: 'Crash', off: 'Recover',
    explainOn: 'Stop the node; work in flight on it is lost.', explainOff: 'Start the node again.',
    request: (target) => ({ type: 'crash', target }),
  },
  {
    type: 'slow', on: 'Slow', off: 'End slow',
    explainOn: 'Multiply its service times.', explainOff: 'Back to normal speed.',
    request: (target, s) => ({ type: 'slow', target, factor: s.slowFactor }),
  },
  {
    type: 'errors', on: 'Errors', off: 'End errors',
    explainOn: 'Make a share of its requests fail.', explainOff: 'Stop the injected errors.',
    request: (target, s) => ({ type: 'errors', target, rate: s.errorRate }),
  },
  {
    type: 'drain', on: 'Drain', off: 'End drain',
    explainOn: 'Take no new requests and finish the ones it has: a graceful restart. Balancers route around it at once.',
    explainOff: 'Take requests again.',
    request: (target) => ({ type: 'drain', target }),
  },
];

/** What a client can do to the system: a surge of users. */
export const CLIENT_BREAKS: readonly BreakToggle[] = [
  {
    type: 'surge', on: 'Surge', off: 'End surge',
    explainOn: 'Multiply the rate of requests.', explainOff: 'Back to the normal rate.',
    request: (target, s) => ({ type: 'surge', target, factor: s.surgeFactor }),
  },
];

const LINK_BREAKS: readonly BreakToggle[] = [
  {
    type: 'partition', on: 'Partition', off: 'Heal',
    explainOn: 'Cut the link: messages across it are dropped.', explainOff: 'Reconnect the link.',
    request: (target) => ({ type: 'partition', target }),
  },
  {
    type: 'latency', on: 'Add latency', off: 'Remove latency',
    explainOn: 'Add one-way delay to every message.', explainOff: 'Back to the normal delay.',
    request: (target, s) => ({ type: 'latency', target, addMs: s.addMs }),
  },
  {
    type: 'loss', on: 'Loss', off: 'End loss',
    explainOn: 'Drop a share of the messages.', explainOff: 'Stop dropping messages.',
    request: (target, s) => ({ type: 'loss', target, rate: s.lossRate }),
  },
];

const ZONE_BREAKS: readonly BreakToggle[] = [
  {
    type: 'zoneOutage', on: 'Zone outage', off: 'Restore zone',
    explainOn: 'Every node in the zone goes down.', explainOff: 'Bring the zone back.',
    request: (target) => ({ type: 'zoneOutage', target }),
  },
];

function togglesFor(target: BreakTarget): readonly BreakToggle[] {
  if (target.kind === 'link') return LINK_BREAKS;
  if (target.kind === 'zone') return ZONE_BREAKS;
  return target.breaks;
}

export function faultActions(
  target: BreakTarget, scenario: Scenario, timeMs: number, strength: FaultStrength = DEFAULT_STRENGTH,
): FaultAction[] {
  const actions: FaultAction[] = togglesFor(target).map((toggle) => {
    const index = toggle.moment ? -1 : activeFaultIndex(scenario, toggle.type, target.id, timeMs);
    if (index >= 0) return { label: toggle.off, explain: toggle.explainOff, endIndex: index, type: toggle.type };
    return { label: toggle.on, explain: toggle.explainOn, inject: toggle.request(target.id, strength), type: toggle.type };
  });
  // A manual failover is one moment, not a state: on offer for a cluster
  // member that is not already the primary at the shown time.
  const member = target.kind === 'node' && (target.member ?? (scenario.clusters ?? []).some((c) => c.members.includes(target.id)));
  if (member && !(target.kind === 'node' && target.primaryNow)) {
    actions.push({
      label: 'Promote', type: 'promote', inject: { type: 'promote', target: target.id },
      explain: 'Make this member the primary now (a manual failover); callers switch once they can reach it.',
    });
  }
  return actions;
}

/**
 * Where a fault's band ends on a time axis: undefined for a moment (a
 * promotion happens once), NaN when it lasts to the end of the run.
 */
export function faultBandEndMs(fault: Fault): number | undefined {
  if (fault.type === 'promote' || fault.type === 'flush') return undefined;
  return fault.durationMs === undefined ? Number.NaN : fault.atMs + fault.durationMs;
}

/** A fault in a few words, for the timeline and the log: "crash web-2", "slow db ×5". */
export function describeFault(fault: Fault): string {
  switch (fault.type) {
    case 'slow': return `slow ${fault.target} ×${fault.factor}`;
    case 'errors': return `errors ${fault.target} ${pct(fault.rate)}`;
    case 'latency': return `latency ${fault.target} +${fault.addMs} ms`;
    case 'loss': return `loss ${fault.target} ${pct(fault.rate)}`;
    case 'surge': return `surge ${fault.target} ×${fault.factor}`;
    case 'zoneOutage': return `outage ${fault.target}`;
    case 'partition': return fault.target ? `partition ${fault.target}` : `partition ${(fault.groups ?? []).map((g) => g.join('+')).join(' | ')}`;
    default: return `${fault.type} ${fault.target}`;
  }
}
