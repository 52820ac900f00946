// What changed between two versions of a scenario, in the lab's own words:
// "health check removed on lb", "workers of web-1: 8 → 4", "web-4 added".
// The event log shows it when a run is compared with the one before an edit.
import { linkId, type Scenario } from '../../scenario/index.ts';
import { sameValue } from './same-value.ts';

/** The words for a field, as the inspector labels it. */
const WORDS: Record<string, string> = {
  healthCheck: 'health check', workers: 'workers', serviceTimeMs: 'service time', queueLimit: 'queue limit',
  errorRate: 'error rate', rate: 'rate', arrival: 'arrivals', timeoutMs: 'timeout', retries: 'retries',
  writeRatio: 'writes', keys: 'distinct keys', algorithm: 'algorithm', failOpen: 'fail open', processingMs: 'processing time',
  callTimeoutMs: 'call timeout', shedExpired: 'shed expired requests', zone: 'zone', failure: 'random failures',
  label: 'label', replication: 'replication', readFrom: 'reads from', failover: 'failover', requireQuorum: 'require a quorum',
  detectionMs: 'detection', promotionMs: 'promotion', mode: 'failover mode', semiSyncTimeoutMs: 'semi-sync timeout',
  members: 'members', latencyMs: 'latency', lossRate: 'loss', weight: 'weight', durationMs: 'duration', seed: 'seed',
  slo: 'SLO', monitoring: 'monitoring', alerts: 'alert rules', name: 'name', description: 'description',
  intervalMs: 'check interval', unhealthyThreshold: 'unhealthy after', healthyThreshold: 'healthy after', deep: 'deep check',
  mtbfMs: 'mean time between failures', mttrMs: 'mean time to repair', max: 'retries', backoffMs: 'backoff', jitter: 'jitter', budget: 'retry budget',
};

const word = (key: string) => WORDS[key] ?? key;

/** A value in few characters: numbers and words as they are, anything bigger as "changed". */
function short(value: unknown): string | null {
  if (value === undefined) return 'default';
  if (typeof value === 'number') return `${Number(value.toPrecision(6))}`;
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'string') return value.length <= 24 ? value : null;
  return null;
}

/** Changes of one record's fields; `on` names the record ("on lb", "of web-1"). */
function fieldChanges(a: Record<string, unknown>, b: Record<string, unknown>, on: string, skip: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !skip.has(k));
  for (const key of keys) {
    const before = a[key];
    const after = b[key];
    if (sameValue(before, after)) continue;
    const objectish = (v: unknown) => v !== null && typeof v === 'object';
    if (objectish(before) && objectish(after) && !Array.isArray(before)) {
      out.push(...fieldChanges(before as Record<string, unknown>, after as Record<string, unknown>, on, skip));
    } else if (before === undefined && objectish(after)) out.push(`${word(key)} added ${on}`);
    else if (objectish(before) && after === undefined) out.push(`${word(key)} removed ${on}`);
    else {
      const [x, y] = [short(before), short(after)];
      out.push(x !== null && y !== null ? `${word(key)} ${on}: ${x} → ${y}` : `${word(key)} changed ${on}`);
    }
  }
  return out;
}

/** Positions are not a change of the system (the simulation ignores them). */
const LAYOUT = new Set(['x', 'y']);

function byId<T>(items: readonly T[] | undefined, id: (t: T) => string): Map<string, T> {
  return new Map((items ?? []).map((t) => [id(t), t]));
}

function recordChanges<T extends object>(
  before: Map<string, T>, after: Map<string, T>, name: (id: string) => string, skip: ReadonlySet<string> = LAYOUT,
): string[] {
  const out: string[] = [];
  for (const [id, a] of before) {
    const b = after.get(id);
    if (!b) out.push(`${name(id)} removed`);
    else out.push(...fieldChanges(a as Record<string, unknown>, b as Record<string, unknown>, `on ${id}`, new Set([...skip, 'id'])));
  }
  for (const id of after.keys()) if (!before.has(id)) out.push(`${name(id)} added`);
  return out;
}

/** Every change from `before` to `after`, in the order a reader scans a scenario. At most `limit`. */
export function describeChanges(before: Scenario, after: Scenario, limit = 8): string[] {
  const top = new Set(['format', 'nodes', 'links', 'clusters', 'faults', 'alerts', 'meta', 'name', 'description']);
  const changes = [
    ...recordChanges(byId(before.nodes, (n) => n.id), byId(after.nodes, (n) => n.id), (id) => id),
    ...recordChanges(byId(before.links, linkId), byId(after.links, linkId), (id) => `link ${id.replace('->', ' → ')}`),
    ...recordChanges(byId(before.clusters, (c) => c.id), byId(after.clusters, (c) => c.id), (id) => `cluster ${id}`),
    ...recordChanges(byId(before.alerts, (a) => a.id), byId(after.alerts, (a) => a.id), (id) => `alert ${id}`),
    ...faultChanges(before, after),
    ...fieldChanges(before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>, 'of the scenario', top),
  ];
  return changes.length > limit ? [...changes.slice(0, limit - 1), `and ${changes.length - limit + 1} more changes`] : changes;
}

function faultChanges(before: Scenario, after: Scenario): string[] {
  const text = (f: Scenario['faults'] extends (infer F)[] | undefined ? F : never) =>
    `${f.type}${'target' in f && f.target ? ` ${f.target}` : ''} at ${(f.atMs / 1000).toFixed(1)} s`;
  const a = (before.faults ?? []).map((f) => JSON.stringify(f));
  const b = (after.faults ?? []).map((f) => JSON.stringify(f));
  const out: string[] = [];
  (before.faults ?? []).forEach((f, i) => { if (!b.includes(a[i])) out.push(`fault ${text(f)} removed`); });
  (after.faults ?? []).forEach((f, i) => { if (!a.includes(b[i])) out.push(`fault ${text(f)} added`); });
  return out;
}
