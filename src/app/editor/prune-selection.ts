// After an edit, undo or redo, the selection may name things that are gone;
// the inspector must never show a node that is not there.
import { linkId, type Scenario } from '../../scenario/index.ts';
import type { Selection } from './selection.ts';

export function pruneSelection(selection: Selection, scenario: Scenario): Selection {
  const nodes = new Set(scenario.nodes.map((n) => n.id));
  const links = new Set((scenario.links ?? []).map(linkId));
  const nodeIds = selection.nodeIds.filter((id) => nodes.has(id));
  const linkIds = selection.linkIds.filter((id) => links.has(id));
  const zone = selection.zone !== null && scenario.nodes.some((n) => n.zone === selection.zone) ? selection.zone : null;
  if (nodeIds.length === selection.nodeIds.length && linkIds.length === selection.linkIds.length && zone === selection.zone) {
    return selection;
  }
  return { nodeIds, linkIds, zone };
}
