// Health-checked DNS (global traffic management). Not on the request path:
// it answers clients' lookups with one of its endpoints (the targets of its
// links), and the clients send their requests there themselves, over its link
// to that endpoint (which stands for the users' route). It health-checks its
// endpoints always; `failover` answers the first healthy one, `weighted` draws
// among the healthy by link weight, `roundRobin` rotates through them; with
// none healthy it answers among all of them (fails open).
import { DNS_DEFAULTS, type ScenarioNode } from '../../scenario/index.ts';
import { compileDist, DistKind, nextFloat, NodeStream, sampleUs, schedule, us, type CompiledDist } from '../kernel/index.ts';
import { Outcome } from '../events.ts';
import { sendResponse } from '../net/index.ts';
import { countAnswered, countRejected, logEvent } from '../monitor/index.ts';
import { createJob, freeJob, isStale } from '../service/index.ts';
import type { World } from '../state.ts';
import { answerShallow, compileHealthCheck, resetHealth, startHealthChecks } from './health-check.ts';
import type { KindCompiled, KindModule } from './kind.ts';

/** DNS event: a lookup's time is over, answer it. */
const DNS_ANSWER = 33;

export const DnsPolicy = { failover: 0, weighted: 1, roundRobin: 2 } as const;

export interface DnsParams {
  policy: number;
  ttlUs: number;
  lookup: CompiledDist;
}

interface DnsState {
  cursor: number;
  /** The set of endpoints it answered last (bit per position, −1: none yet), for the log. */
  answering: number;
}

const params = (w: World, node: number) => w.cfg.nodes[node].params as DnsParams;
const state = (w: World, node: number) => w.nodes[node].k as DnsState;

function compile(n: ScenarioNode): KindCompiled {
  const d = n.type === 'dns' ? n : undefined;
  const p: DnsParams = {
    policy: DnsPolicy[d?.policy ?? DNS_DEFAULTS.policy],
    ttlUs: us(d?.ttlMs ?? DNS_DEFAULTS.ttlMs),
    lookup: compileDist(d?.lookupMs ?? DNS_DEFAULTS.lookupMs),
  };
  return { params: p, healthCheck: compileHealthCheck(d?.healthCheck ?? {}) };
}

/** A lookup reached the DNS node. */
function request(w: World, node: number, callId: number): void {
  const rt = w.nodes[node];
  if (rt.drainCount > 0) {
    countRejected(rt);
    sendResponse(w, callId, w.calls.gen[callId], Outcome.reject);
    return;
  }
  const job = createJob(w, node, callId);
  const lookup = params(w, node).lookup;
  if (lookup.kind === DistKind.constant && lookup.a === 0) answer(w, job, w.jobs.gen[job]);
  else schedule(w.queue, w.nowUs + Math.round(sampleUs(w.rng, w.cfg.nodes[node].stream + NodeStream.service, lookup) * rt.slowFactor), DNS_ANSWER, job, w.jobs.gen[job]);
}

/** The answer travels in the lookup call's `key`: the position of the endpoint among the DNS node's links. */
function answer(w: World, job: number, gen: number): void {
  const j = w.jobs;
  if (j.gen[job] !== gen) return;
  if (isStale(w, job)) {
    freeJob(w, job);
    return;
  }
  const node = j.node[job];
  const rt = w.nodes[node];
  let outcome: number = Outcome.ok;
  if (rt.errorRate > 0 && nextFloat(w.rng, w.cfg.nodes[node].stream + NodeStream.errors) < rt.errorRate) outcome = Outcome.error;
  else {
    const call = j.call[job];
    if (w.calls.gen[call] === j.callGen[job]) w.calls.key[call] = choose(w, node);
  }
  countAnswered(rt, outcome);
  sendResponse(w, j.call[job], j.callGen[job], outcome);
  freeJob(w, job);
}

/** An endpoint is answered when health checks have not marked it down and it is not draining. */
function eligible(w: World, node: number, position: number): boolean {
  const endpoint = w.cfg.links[w.cfg.nodes[node].out[position]].to;
  return w.nodes[node].health.down[position] === 0 && w.nodes[endpoint].drainCount === 0;
}

/** The endpoint position this lookup is told, by policy among the eligible (or all, failing open). */
function choose(w: World, node: number): number {
  const out = w.cfg.nodes[node].out;
  // Which endpoints it may answer now, as bits (for the log only: endpoints past the 31st share a bit).
  let set = 0, count = 0;
  for (let p = 0; p < out.length; p++) {
    if (!eligible(w, node, p)) continue;
    count++;
    set |= 1 << Math.min(p, 30);
  }
  const any = count === 0;
  noteAnswering(w, node, any ? -2 : set, any);
  const s = state(w, node);
  switch (params(w, node).policy) {
    case DnsPolicy.failover:
      for (let p = 0; p < out.length; p++) if (any || eligible(w, node, p)) return p;
      return 0;
    case DnsPolicy.weighted: {
      let total = 0;
      for (let p = 0; p < out.length; p++) if (any || eligible(w, node, p)) total += w.cfg.links[out[p]].weight;
      let u = nextFloat(w.rng, w.cfg.nodes[node].stream + NodeStream.picks) * total;
      let last = 0;
      for (let p = 0; p < out.length; p++) {
        if (!any && !eligible(w, node, p)) continue;
        last = p;
        u -= w.cfg.links[out[p]].weight;
        if (u < 0) return p;
      }
      return last;
    }
    default:
      for (let i = 0; i < out.length; i++) {
        const p = (s.cursor + i) % out.length;
        if (any || eligible(w, node, p)) {
          s.cursor = (p + 1) % out.length;
          return p;
        }
      }
      return 0;
  }
}

/** Logs when what the DNS node answers changes (seen at the first lookup it answers differently). */
function noteAnswering(w: World, node: number, set: number, failOpen: boolean): void {
  const s = state(w, node);
  if (set === s.answering) return;
  const first = s.answering === -1;
  s.answering = set;
  if (first && !failOpen && params(w, node).policy !== DnsPolicy.failover) return;
  const cfg = w.cfg.nodes[node];
  let text: string;
  if (failOpen) text = `${cfg.label}: no endpoint is healthy; it answers all of them`;
  else if (params(w, node).policy === DnsPolicy.failover) {
    let p = 0;
    while (!eligible(w, node, p)) p++;
    text = `${cfg.label} now answers ${w.cfg.nodes[w.cfg.links[cfg.out[p]].to].label}`;
  } else {
    const names = cfg.out.filter((_, p) => eligible(w, node, p)).map((l) => w.cfg.nodes[w.cfg.links[l].to].label);
    text = `${cfg.label} now answers ${names.join(', ')}`;
  }
  logEvent(w, 'dnsAnswer', cfg.id, text);
}

export const dns: KindModule = {
  type: 'dns',
  can: { workers: false, backend: true, data: false, traffic: false, resolves: true },
  compile,
  createState: (): DnsState => ({ cursor: 0, answering: -1 }),
  start: startHealthChecks,
  request,
  probe: answerShallow,
  // A DNS node makes no calls of its own but its health checks' probes (health-check.ts handles those).
  answer: () => {},
  down: (w, node) => resetHealth(w.nodes[node].health),
  events: [{ type: DNS_ANSWER, run: answer }],
};
