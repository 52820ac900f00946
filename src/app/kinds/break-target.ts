// What the Break panel and the context menu offer for a node: its kind's
// Break actions, and Promote for a cluster member that is not the primary at
// the shown time (promoting the primary would do nothing).
import { NODE, type Topology } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import type { BreakTarget } from '../run/index.ts';
import { kindUi } from './registry.ts';

/** Role column value of a primary in the engine's node states (frames.ts NODE.role). */
const ROLE_PRIMARY = 1;

export function nodeBreakTarget(
  scenario: Scenario, topology: Topology | null, nodeStates: Float64Array | null, id: string,
): BreakTarget | null {
  const node = scenario.nodes.find((n) => n.id === id);
  if (!node) return null;
  const member = (scenario.clusters ?? []).some((c) => c.members.includes(id));
  const index = topology ? topology.nodeIds.indexOf(id) : -1;
  const live = nodeStates && index >= 0 && (index + 1) * NODE.size <= nodeStates.length ? nodeStates[index * NODE.size + NODE.role] : null;
  // Before the run has states, the first member is the primary (the format says so).
  const primaryNow = live === null ? (scenario.clusters ?? []).some((c) => c.members[0] === id) : live === ROLE_PRIMARY;
  return { kind: 'node', id, breaks: kindUi(node.type).breakActions, member, primaryNow };
}
