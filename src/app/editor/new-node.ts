// What a node dropped from the palette starts with: its kind's descriptor
// writes the main knobs out (rather than leaving them to the format's
// defaults), so the inspector shows real values the user can change, and a
// shared scenario reads the same anywhere.
import type { NodeType, ScenarioNode } from '../../scenario/index.ts';
import { kindModel } from '../kinds/model/index.ts';

export function newNode(kind: NodeType, id: string, x: number, y: number): ScenarioNode {
  return kindModel(kind).newNode(id, x, y);
}
