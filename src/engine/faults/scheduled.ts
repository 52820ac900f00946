// Scheduled faults: each starts at atMs and heals after durationMs (or lasts to
// the end). Effects stack: two crashes of one node need two heals, two slow
// faults multiply. Faults sort before every other event at the same instant
// and among themselves by their index, so a fault injected live lands exactly
// where the same fault in the scenario's list would have.
import type { Fault } from '../../scenario/index.ts';
import type { Config } from '../config.ts';
import { insert, us } from '../kernel/index.ts';
import { Ev, faultSeq } from '../events.ts';
import { logEvent, touch } from '../monitor/index.ts';
import { nodeDown, nodeFlush, nodeUp, rateChanged } from '../nodes/index.ts';
import { promoteFault } from '../data/index.ts';
import type { FaultRt, World } from '../state.ts';

export const FaultKind = {
  crash: 0, slow: 1, errors: 2, zoneOutage: 3, partition: 4, latency: 5, loss: 6, surge: 7, drain: 8, promote: 9, flush: 10,
} as const;

export function compileFault(cfg: Config, f: Fault): FaultRt {
  const startUs = us(f.atMs);
  const endUs = f.durationMs === undefined ? Infinity : startUs + us(f.durationMs);
  let target = -1;
  let groups = new Int32Array(0);
  let value = 0;
  switch (f.type) {
    case 'zoneOutage': target = cfg.zones.indexOf(f.target); break;
    case 'partition':
      if (f.groups) {
        groups = new Int32Array(cfg.nodes.length).fill(-1);
        f.groups.forEach((g, gi) => g.forEach((id) => { groups[cfg.nodeIndex.get(id) ?? 0] = gi; }));
      } else target = cfg.linkIndex.get(f.target ?? '') ?? -1;
      break;
    case 'latency': target = cfg.linkIndex.get(f.target) ?? -1; value = f.addMs; break;
    case 'loss': target = cfg.linkIndex.get(f.target) ?? -1; value = f.rate; break;
    default: target = cfg.nodeIndex.get(f.target) ?? -1;
  }
  if (f.type === 'slow' || f.type === 'surge') value = f.factor;
  if (f.type === 'errors') value = f.rate;
  return { type: FaultKind[f.type], target, groups, value, startUs, endUs, active: false };
}

/** Puts fault `index`'s start (and heal, when known) on the queue. */
export function scheduleFault(w: World, index: number): void {
  const f = w.faults[index];
  insert(w.queue, f.startUs, faultSeq(index, false), Ev.faultStart, index, 0);
  if (Number.isFinite(f.endUs)) insert(w.queue, f.endUs, faultSeq(index, true), Ev.faultEnd, index, 0);
}

/** Sets the heal time of a fault that had none (Recover, Heal in the live lab). */
export function setFaultEnd(w: World, index: number, endUs: number): void {
  const f = w.faults[index];
  if (Number.isFinite(f.endUs)) return;
  f.endUs = endUs;
  insert(w.queue, endUs, faultSeq(index, true), Ev.faultEnd, index, 0);
}

export function faultStart(w: World, index: number): void {
  const f = w.faults[index];
  f.active = true;
  apply(w, index, 1);
}

export function faultEnd(w: World, index: number): void {
  const f = w.faults[index];
  if (!f.active) return;
  f.active = false;
  apply(w, index, -1);
}

function apply(w: World, index: number, sign: number): void {
  const f = w.faults[index];
  const cfg = w.cfg;
  switch (f.type) {
    case FaultKind.crash: changeDown(w, f.target, sign); break;
    case FaultKind.zoneOutage:
      logEvent(w, sign > 0 ? 'fault' : 'heal', cfg.zones[f.target], `Zone ${cfg.zones[f.target]} ${sign > 0 ? 'lost' : 'back'}`);
      for (const n of cfg.nodes) if (n.zone === f.target) changeDown(w, n.index, sign);
      break;
    case FaultKind.slow:
    case FaultKind.errors:
      recomputeNode(w, f.target);
      logEvent(w, sign > 0 ? 'fault' : 'heal', cfg.nodes[f.target].id,
        f.type === FaultKind.slow
          ? `${cfg.nodes[f.target].label} ${sign > 0 ? `slowed ×${f.value}` : 'back to normal speed'}`
          : `${cfg.nodes[f.target].label} ${sign > 0 ? `failing ${Math.round(f.value * 100)}% of requests` : 'no longer failing requests'}`);
      break;
    case FaultKind.partition:
      if (f.target >= 0) w.links[f.target].cutCount += sign;
      else if (sign > 0) w.groupCuts.push(index);
      else w.groupCuts.splice(w.groupCuts.indexOf(index), 1);
      logEvent(w, sign > 0 ? 'fault' : 'heal', f.target >= 0 ? cfg.links[f.target].id : 'network',
        `${sign > 0 ? 'Partition' : 'Partition healed'}: ${f.target >= 0 ? `link ${cfg.links[f.target].id}` : partitionSides(cfg, f.groups)}`);
      break;
    case FaultKind.latency:
    case FaultKind.loss:
      recomputeLink(w, f.target);
      logEvent(w, sign > 0 ? 'fault' : 'heal', cfg.links[f.target].id,
        `Link ${cfg.links[f.target].id}: ${f.type === FaultKind.latency ? `+${f.value} ms latency` : `${Math.round(f.value * 100)}% loss`}${sign > 0 ? '' : ' removed'}`);
      break;
    case FaultKind.surge:
      recomputeNode(w, f.target);
      rateChanged(w, f.target);
      logEvent(w, sign > 0 ? 'fault' : 'heal', cfg.nodes[f.target].id,
        `${cfg.nodes[f.target].label} ${sign > 0 ? `surges ×${f.value}` : 'back to its normal rate'}`);
      break;
    case FaultKind.drain:
      w.nodes[f.target].drainCount += sign;
      logEvent(w, sign > 0 ? 'fault' : 'heal', cfg.nodes[f.target].id, `${cfg.nodes[f.target].label} ${sign > 0 ? 'draining' : 'back from drain'}`);
      break;
    case FaultKind.promote:
      if (sign > 0) promoteFault(w, f.target);
      break;
    case FaultKind.flush:
      if (sign > 0) nodeFlush(w, f.target);
      break;
  }
}

/** One more (or one fewer) reason for a node to be down. */
export function changeDown(w: World, node: number, sign: number): void {
  const rt = w.nodes[node];
  touch(w, rt);
  const was = rt.downCount;
  rt.downCount += sign;
  const label = w.cfg.nodes[node].label;
  if (was === 0 && rt.downCount > 0) {
    rt.downSinceUs = w.nowUs;
    nodeDown(w, node);
    logEvent(w, 'crash', w.cfg.nodes[node].id, `${label} crashed`);
  } else if (was > 0 && rt.downCount === 0) {
    logEvent(w, 'recover', w.cfg.nodes[node].id, `${label} recovered`);
    nodeUp(w, node);
  }
}

function recomputeNode(w: World, node: number): void {
  const rt = w.nodes[node];
  let slow = 1, ok = 1 - w.cfg.nodes[node].errorRate, rate = 1;
  for (const f of w.faults) {
    if (!f.active || f.target !== node) continue;
    if (f.type === FaultKind.slow) slow *= f.value;
    else if (f.type === FaultKind.errors) ok *= 1 - f.value;
    else if (f.type === FaultKind.surge) rate *= f.value;
  }
  rt.slowFactor = slow;
  rt.errorRate = 1 - ok;
  rt.rateFactor = rate;
}

function recomputeLink(w: World, link: number): void {
  const l = w.links[link];
  let addMs = 0, ok = 1 - w.cfg.links[link].lossRate;
  for (const f of w.faults) {
    if (!f.active || f.target !== link) continue;
    if (f.type === FaultKind.latency) addMs += f.value;
    else if (f.type === FaultKind.loss) ok *= 1 - f.value;
  }
  l.addUs = us(addMs);
  l.lossRate = 1 - ok;
  l.addLoss = l.lossRate - w.cfg.links[link].lossRate;
}

/**
 * The sides of a groups partition in words: a side that is exactly one
 * zone's nodes is named by its zone ("site-a | site-b"), any other by its
 * nodes' labels.
 */
export function partitionSides(cfg: Config, groups: Int32Array): string {
  const sides: number[][] = [];
  for (let i = 0; i < groups.length; i++) if (groups[i] >= 0) (sides[groups[i]] ??= []).push(i);
  return sides.filter(Boolean).map((members) => {
    const zone = cfg.nodes[members[0]].zone;
    const wholeZone = zone >= 0 && members.every((m) => cfg.nodes[m].zone === zone)
      && cfg.nodes.every((n, i) => n.zone !== zone || members.includes(i));
    return wholeZone ? cfg.zones[zone] : members.map((m) => cfg.nodes[m].label).join(', ');
  }).join(' | ');
}
