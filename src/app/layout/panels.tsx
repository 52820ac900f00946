// What the side panels hold, as lists: a panel is mounted by adding one entry.
// The right panel shows its entries as tabs under the readouts; the left rail
// as tabs too (with one entry, no tab strip). Later rooms add theirs here:
//   experiments → RIGHT_PANELS: { id: 'experiments', title: 'Experiments', Component: ExperimentsPanel }
//   lessons     → LEFT_PANELS:  { id: 'lessons', title: 'Lessons', Component: LessonsPanel }
import type { ComponentType } from 'react';
import { ExperimentsPanel } from '../experiments/index.ts';
import { LessonsTab } from '../lessons/index.ts';
import { Palette } from '../panels/palette/index.ts';
import { RunDetails } from '../panels/RunDetails.tsx';
import { ScenarioSettings } from '../panels/settings/index.ts';
import { SelectionPanel } from './SelectionPanel.tsx';

export interface PanelEntry {
  id: string;
  /** The tab's name. */
  title: string;
  Component: ComponentType;
  /** Shown in presenter mode too (secondary panels are hidden there). */
  presenter?: boolean;
}

export const RIGHT_PANELS: PanelEntry[] = [
  { id: 'selected', title: 'Selected', Component: SelectionPanel, presenter: true },
  { id: 'scenario', title: 'Scenario', Component: ScenarioSettings },
  { id: 'run', title: 'Run details', Component: RunDetails },
  // In presenter mode too: a sweep's histogram is something a class looks at.
  { id: 'experiments', title: 'Experiments', Component: ExperimentsPanel, presenter: true },
];

export const LEFT_PANELS: PanelEntry[] = [
  { id: 'build', title: 'Build', Component: Palette },
  // Shown in presenter mode too while a lesson is open (LeftRail): its text, large, beside the system.
  { id: 'lessons', title: 'Lessons', Component: LessonsTab, presenter: true },
];
