// A node kind's UI descriptor: everything the lab shows of a kind, so that
// the palette, the canvas, the inspector, the Break panel and the charts ask
// the descriptor instead of testing `node.type`.
import type { ComponentType } from 'react';
import type { Topology } from '../../engine/index.ts';
import type { Scenario, ScenarioNode } from '../../scenario/index.ts';
import type { BreakToggle } from '../run/index.ts';
import type { KindModel } from './model/index.ts';

/** What the second line under a node is made of, while it is up. */
export interface ReadoutContext {
  /** Busy workers ÷ workers, 0..1. */
  utilization: number;
  /** Requests waiting for a worker. */
  queue: number;
  /** The node's index in the engine's topology. */
  index: number;
  topology: Topology | null;
  /** Live link states (frames.ts LINK), at the shown time. */
  linkStates: Float64Array | null;
  /** One of the node's own live state columns (frames.ts NODE), at the shown time. */
  state(column: number): number;
}

/** One line on a chart: [tMs, value] pairs, NaN leaves a gap (structurally panels' ChartSeries). */
export interface KindChartSeries {
  className: string;
  label: string;
  points: readonly (readonly [number, number])[];
}

export interface NodeChartContext {
  rows: readonly Float64Array[];
  nodeIndex: number;
  label: string;
  node: ScenarioNode;
  /** It is a member of a replicated cluster. */
  member: boolean;
  /** A node column (NODE_ROW) over the rows, as chart points. */
  column(col: number): (readonly [number, number])[];
  /** The scenario on screen (whom the node links to: a DNS node's endpoints). */
  scenario: Scenario;
}

/** A chart of the selected node's own, under the system's charts. */
export interface NodeChart {
  key: string;
  title: string;
  unit: string;
  aria: string;
  series: KindChartSeries[];
  /** The y axis starts as [yMin, yMax] and widens to hold the data. */
  yMin: number;
  yMax: number;
}

export interface KindFieldsProps {
  node: ScenarioNode;
  /** Its index in scenario.nodes (fields write by path). */
  index: number;
  scenario: Scenario;
}

export interface KindUi extends KindModel {
  /** Silhouette centred on (0, 0) in the GLYPH_W × GLYPH_H box (also the clip of the busy fill). */
  outline: string;
  /** Inner lines that make the kind readable at a glance. */
  detail: string;
  /** Its picture on the palette button (always beside its name). */
  PaletteGlyph: ComponentType;
  /** The inspector's sections for the kind (label, zone and failures are common to all). */
  Fields: ComponentType<KindFieldsProps>;
  /** Break actions offered for a node of the kind (Promote comes with cluster membership). */
  breakActions: readonly BreakToggle[];
  /** It has workers and a queue: the glyph fills with busy workers and shows a queue bar. */
  queueBar: boolean;
  /** When selected, its own lines join the system charts (requests it served, its p99). */
  systemLines: boolean;
  /** Second line under the node while it is up: "42 % busy · queue 12", "2 of 3 backends". */
  readout(ctx: ReadoutContext): string;
  /** Charts of its own when selected. */
  charts(ctx: NodeChartContext): NodeChart[];
}
