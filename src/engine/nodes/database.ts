// A database: a server-like node that holds data. Alone it is a single copy
// served like a server; in a cluster it is a replica, and the cluster (data/)
// decides what a write waits for and who may take one.
import { DATABASE_DEFAULTS, SERVER_DEFAULTS, type ScenarioNode } from '../../scenario/index.ts';
import { us } from '../kernel/index.ts';
import { CallFlag } from '../events.ts';
import { clusterRequest, clusterServed, memberCrashed, memberUp, nodeLagMs, nodeRole } from '../data/index.ts';
import { admit, wipe } from '../service/index.ts';
import type { World } from '../state.ts';
import type { KindCompiled, KindModule } from './kind.ts';
import { answerServerProbe, callDependencies, compileService, dependencyDone, type ServerParams } from './server.ts';

function compile(n: ScenarioNode): KindCompiled {
  const db = n.type === 'database' ? n : undefined;
  // The format gives a database no callTimeoutMs: its dependency calls (if any) wait as a server's do by default.
  const p: ServerParams = { callTimeoutUs: us(SERVER_DEFAULTS.callTimeoutMs) };
  return { params: p, service: compileService(db, DATABASE_DEFAULTS), errorRate: db?.errorRate ?? DATABASE_DEFAULTS.errorRate };
}

function request(w: World, node: number, callId: number): void {
  if (w.cfg.nodes[node].cluster >= 0) clusterRequest(w, node, callId, (w.calls.flags[callId] & CallFlag.write) !== 0);
  else admit(w, node, callId);
}

/** A replicated database's work ends in the cluster: replicate, then acknowledge. */
function served(w: World, job: number): void {
  if (w.cfg.nodes[w.jobs.node[job]].cluster >= 0) clusterServed(w, job);
  else callDependencies(w, job);
}

export const database: KindModule = {
  type: 'database',
  can: { workers: true, backend: true, data: true, traffic: false },
  compile,
  createState: () => null,
  request,
  probe: answerServerProbe,
  answer: dependencyDone,
  served,
  down: (w, node) => {
    wipe(w, node);
    memberCrashed(w, node);
  },
  up: memberUp,
  role: nodeRole,
  lagMs: nodeLagMs,
};
