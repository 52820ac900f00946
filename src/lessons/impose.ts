// What keeps the check honest: before running the learner's design, the check
// imposes what the lesson's `fixed` names — its clients' load, its faults,
// its duration and SLO (and, where a lesson says so, its random failures) —
// so that nobody passes by deleting the fault, lowering the load or making
// servers immortal. The budget caps the nodes of each type.
import { linkId, type Fault, type RandomFailure, type Scenario, type ScenarioNode } from '../scenario/index.ts';
import { CONTRACT_FIXED, type BudgetResult, type BudgetType, type FixedPart, type Lesson } from './types.ts';

/** A client's load, which `clients` imposes; its timeouts, retries and breakers stay the learner's. */
export const CLIENT_LOAD_FIELDS = ['rate', 'arrival', 'writeRatio', 'keys', 'keyDistribution', 'resolvers'] as const;

export interface Imposed {
  /** The learner's design with the fixed parts imposed (validate it before running). */
  scenario: Scenario;
  /** What the check did, for the learner to read. */
  messages: string[];
  /** Reasons the design cannot pass at all (a fault's target removed, a client missing). */
  problems: string[];
}

export function fixedParts(lesson: Lesson): readonly FixedPart[] {
  return lesson.fixed ?? CONTRACT_FIXED;
}

export function impose(lesson: Lesson, learner: Scenario): Imposed {
  const s = structuredClone(learner);
  const fixed = fixedParts(lesson);
  const out: Imposed = { scenario: s, messages: [], problems: [] };
  if (fixed.length > 0) out.messages.push(`Kept fixed: ${fixed.join(', ')}.`);
  if (fixed.includes('clients')) imposeClients(lesson.scenario, s, out);
  if (fixed.includes('faults')) imposeFaults(lesson.scenario, s, out);
  if (fixed.includes('durationMs')) copyField(lesson.scenario, s, 'durationMs');
  if (fixed.includes('slo')) copyField(lesson.scenario, s, 'slo');
  if (fixed.includes('failures') || fixed.includes('mtbf')) imposeFailures(lesson.scenario, s, fixed.includes('failures'));
  for (const [i, fault] of (s.faults ?? []).entries()) {
    const missing = missingTarget(s, fault);
    if (missing) out.problems.push(`The lesson's fault ${i + 1} (${describeFault(fault)}) needs ${missing}, which your design does not have.`);
  }
  return out;
}

function copyField(from: Scenario, to: Scenario, key: 'durationMs' | 'slo'): void {
  if (from[key] === undefined) delete to[key];
  else (to as unknown as Record<string, unknown>)[key] = structuredClone(from[key]);
}

function imposeClients(lesson: Scenario, s: Scenario, out: Imposed): void {
  const lessonClients = new Map(lesson.nodes.filter((n) => n.type === 'client').map((n) => [n.id, n]));
  for (const [id, source] of lessonClients) {
    const node = s.nodes.find((n) => n.id === id);
    if (!node || node.type !== 'client') {
      out.problems.push(`Your design has no client "${id}": the lesson's load comes from it, so put it back.`);
      continue;
    }
    const target = node as unknown as Record<string, unknown>;
    const from = source as unknown as Record<string, unknown>;
    for (const field of CLIENT_LOAD_FIELDS) {
      if (from[field] === undefined) delete target[field];
      else target[field] = structuredClone(from[field]);
    }
  }
  // Extra users would dilute the failures the goals count: only the lesson's clients send.
  const extra = s.nodes.filter((n) => n.type === 'client' && !lessonClients.has(n.id)).map((n) => n.id);
  if (extra.length === 0) return;
  const gone = new Set(extra);
  s.nodes = s.nodes.filter((n) => !gone.has(n.id));
  if (s.links) s.links = s.links.filter((l) => !gone.has(l.from) && !gone.has(l.to));
  if (s.alerts) s.alerts = s.alerts.filter((a) => a.node === undefined || !gone.has(a.node));
  if (s.faults) s.faults = s.faults.filter((f) => !('target' in f) || f.target === undefined || !gone.has(f.target));
  out.messages.push(`Left out client${extra.length === 1 ? '' : 's'} ${extra.map((id) => `"${id}"`).join(', ')}: the lesson fixes who sends the load.`);
}

function imposeFaults(lesson: Scenario, s: Scenario, out: Imposed): void {
  const own = s.faults?.length ?? 0;
  const same = JSON.stringify(s.faults ?? []) === JSON.stringify(lesson.faults ?? []);
  if (lesson.faults === undefined) delete s.faults;
  else s.faults = structuredClone(lesson.faults);
  if (!same && own > 0) out.messages.push(`Your own ${own === 1 ? 'fault was' : `${own} faults were`} left out: the lesson's faults apply.`);
}

/** Random failures as in the lesson: by id, else those of the lesson's first node of the same type. */
function imposeFailures(lesson: Scenario, s: Scenario, withMttr: boolean): void {
  const byId = new Map(lesson.nodes.map((n) => [n.id, n]));
  const byType = new Map<string, ScenarioNode>();
  for (const n of lesson.nodes) if (!byType.has(n.type)) byType.set(n.type, n);
  for (const node of s.nodes) {
    const same = byId.get(node.id);
    const source = same && same.type === node.type ? same : byType.get(node.type);
    const imposed: RandomFailure | undefined = source?.failure;
    if (!imposed) delete node.failure;
    else if (withMttr || !node.failure) node.failure = { ...imposed };
    else node.failure = { mtbfMs: imposed.mtbfMs, mttrMs: node.failure.mttrMs };
  }
}

/** What a fault needs that the scenario lacks, in words; undefined when all is there. */
function missingTarget(s: Scenario, f: Fault): string | undefined {
  const nodes = new Set(s.nodes.map((n) => n.id));
  const links = new Set((s.links ?? []).map(linkId));
  switch (f.type) {
    case 'zoneOutage':
      return s.nodes.some((n) => n.zone === f.target) ? undefined : `a node in zone "${f.target}"`;
    case 'latency':
    case 'loss':
      return links.has(f.target) ? undefined : `the link "${f.target}"`;
    case 'partition': {
      if (f.target !== undefined) return links.has(f.target) ? undefined : `the link "${f.target}"`;
      const absent = (f.groups ?? []).flat().filter((id) => !nodes.has(id));
      return absent.length === 0 ? undefined : `node${absent.length === 1 ? '' : 's'} ${absent.map((id) => `"${id}"`).join(', ')}`;
    }
    default:
      return nodes.has(f.target) ? undefined : `node "${f.target}"`;
  }
}

const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(3))} s`;

/** `crash of "web-3" at 20 s for 10 s`. */
export function describeFault(f: Fault): string {
  const what = f.type === 'partition' && f.target === undefined ? 'partition between groups' : `${f.type} of "${f.target}"`;
  return `${what} at ${seconds(f.atMs)}${f.durationMs === undefined ? '' : ` for ${seconds(f.durationMs)}`}`;
}

/** Nodes of each budgeted type against the lesson's budget. */
export function checkBudget(lesson: Lesson, s: Scenario): Partial<Record<BudgetType, BudgetResult>> {
  const out: Partial<Record<BudgetType, BudgetResult>> = {};
  for (const [type, allowed] of Object.entries(lesson.budget ?? {}) as Array<[BudgetType, number | undefined]>) {
    if (allowed === undefined) continue;
    const used = s.nodes.filter((n) => (n.type as string) === type).length;
    out[type] = { used, allowed, passed: used <= allowed };
  }
  return out;
}
