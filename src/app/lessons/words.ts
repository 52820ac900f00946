// How the lesson panel names things: knobs (paths into the scenario) in
// words, goal values with their units, statuses.
import { fmt, OP_SIGNS, type Goal } from '../../lessons/index.ts';
import type { LessonStatus } from './progress.ts';

const FIELD_WORDS: Record<string, string> = {
  healthCheck: 'health check',
  intervalMs: 'interval (ms)',
  timeoutMs: 'timeout (ms)',
  unhealthyThreshold: 'unhealthy threshold',
  healthyThreshold: 'healthy threshold',
  mttrMs: 'MTTR (ms)',
  mtbfMs: 'MTBF (ms)',
  failOpen: 'fail open',
  queueLimit: 'queue limit',
  shedExpired: 'shed expired requests',
  readFrom: 'read from',
  requireQuorum: 'require quorum',
  detectionMs: 'detection time (ms)',
  promotionMs: 'promotion time (ms)',
  semiSyncTimeoutMs: 'semi-sync timeout (ms)',
  backoffMs: 'backoff (ms)',
};

/** `callTimeoutMs` → `call timeout (ms)`: camel case in words, a unit suffix in brackets. */
const words = (key: string): string => {
  if (FIELD_WORDS[key]) return FIELD_WORDS[key];
  const unit = /Ms$/.test(key) ? ' (ms)' : '';
  return key.replace(/Ms$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() + unit;
};

/** `nodes.lb.healthCheck.intervalMs` → `lb › health check › interval (ms)`. */
export function knobWords(path: string): string {
  const parts = path.split('.');
  const [room, id, ...rest] = parts;
  const owner = room === 'nodes' ? (id === '*' ? 'every node' : id) : room === 'clusters' ? `cluster ${id}` : room;
  return [owner, ...rest.map(words)].join(' › ');
}

export function goalRule(g: Goal): string {
  return `${OP_SIGNS[g.op]} ${fmt(g.value)}`;
}

export const STATUS_WORDS: Record<LessonStatus, string> = { passed: 'Passed', tried: 'Tried', 'not-started': 'Not started' };
