// What a node dropped from the palette starts with. The main knobs are written
// out (rather than left to the format's defaults) so the inspector shows real
// values the user can change, and a shared scenario reads the same anywhere.
import {
  CACHE_DEFAULTS, CLIENT_DEFAULTS, DATABASE_DEFAULTS, DNS_DEFAULTS, QUEUE_DEFAULTS, SERVER_DEFAULTS, type NodeType, type ScenarioNode,
} from '../../scenario/index.ts';

export function newNode(kind: NodeType, id: string, x: number, y: number): ScenarioNode {
  const common = { id, label: id, x, y };
  switch (kind) {
    case 'client':
      return { ...common, type: 'client', rate: CLIENT_DEFAULTS.rate, timeoutMs: CLIENT_DEFAULTS.timeoutMs };
    case 'loadBalancer':
      return { ...common, type: 'loadBalancer', algorithm: 'roundRobin' };
    case 'server':
      return {
        ...common,
        type: 'server',
        workers: SERVER_DEFAULTS.workers,
        serviceTimeMs: structuredClone(SERVER_DEFAULTS.serviceTimeMs),
      };
    case 'database':
      return {
        ...common,
        type: 'database',
        workers: DATABASE_DEFAULTS.workers,
        serviceTimeMs: structuredClone(DATABASE_DEFAULTS.serviceTimeMs),
      };
    case 'cache':
      return { ...common, type: 'cache', ttlMs: CACHE_DEFAULTS.ttlMs, capacity: CACHE_DEFAULTS.capacity };
    case 'queue':
      return { ...common, type: 'queue', capacity: QUEUE_DEFAULTS.capacity, durable: QUEUE_DEFAULTS.durable };
    case 'dns':
      return { ...common, type: 'dns', policy: DNS_DEFAULTS.policy, ttlMs: DNS_DEFAULTS.ttlMs };
  }
}

/** Names a user reads for each kind (palette buttons, inspector headings). */
export const KIND_NAME: Record<NodeType, string> = {
  client: 'Client',
  loadBalancer: 'Load balancer',
  server: 'Server',
  database: 'Database',
  cache: 'Cache',
  queue: 'Queue',
  dns: 'DNS',
};

export const NODE_KINDS: NodeType[] = ['client', 'loadBalancer', 'server', 'database'];
