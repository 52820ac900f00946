// The pure half of a node kind's UI descriptor: what the editor needs to know
// to name, place, create and connect a node of the kind. No React, no store,
// so the editing model (app/editor) can ask it without importing the views.
import type { NodeType, ScenarioNode } from '../../../scenario/index.ts';

export interface KindModel {
  type: NodeType;
  /** What a person calls it: palette button, inspector heading ("Load balancer"). */
  name: string;
  /** The same inside a sentence and in accessible names ("load balancer"). */
  word: string;
  /** New nodes are named `${idPrefix}-1`, `${idPrefix}-2`, … (id and label start equal). */
  idPrefix: string;
  /**
   * Its column in the left-to-right flow of requests (0: the callers). A node
   * added by pressing its palette button lands in this column, and Tidy layout
   * never puts a node left of the column its kind belongs to.
   */
  column: number;
  /** Offered on the palette (false only while a kind's own descriptor has not landed yet). */
  palette: boolean;
  /** A new node of the kind, with its main knobs written out for the inspector. */
  newNode(id: string, x: number, y: number): ScenarioNode;
  /** Why nothing may call it (a client only sends), or null when links may end at it. */
  refusesCallers: string | null;
  /**
   * Whom it may call: `any` node, or only members of its own cluster over a
   * replication link (a database answers requests and calls nothing).
   */
  calls: 'any' | 'clusterOnly';
  /** Its outgoing links carry a `weight` it reads (weighted round robin). */
  weighsLinks: boolean;
  /** It holds data, so it can be a member of a replicated cluster. */
  holdsData: boolean;
  /** Requests it serves at once (0: it has no workers, as a client or a balancer). */
  workers(node: ScenarioNode): number;
}
