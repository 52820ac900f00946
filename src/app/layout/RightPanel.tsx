// The right panel: the big readouts, then whatever is selected (the editor's
// inspector and the fault actions), then the run's details.
import { Inspector } from '../panels/inspector/index.ts';
import { BreakPanel } from '../panels/BreakPanel.tsx';
import { Readouts } from '../panels/Readouts.tsx';
import { RunDetails } from '../panels/RunDetails.tsx';

export function RightPanel() {
  return (
    <aside className="right-panel" aria-label="Readouts and selection">
      <Readouts />
      <section className="panel-section selection" aria-label="Selection">
        <BreakPanel />
        <Inspector />
      </section>
      <RunDetails />
    </aside>
  );
}
