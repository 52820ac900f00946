// The live lab's screen: controls and timeline on top, the system in the
// middle (palette rail on the left, the selection and readouts on the right),
// charts and the event log below. Regions keep fixed sizes so nothing moves
// while a run plays.
import { useState } from 'react';
import type { Opening } from './boot.ts';
import { SystemCanvas } from './canvas/SystemCanvas.tsx';
import { LeftRail } from './layout/LeftRail.tsx';
import { RightPanel } from './layout/RightPanel.tsx';
import { TopBar } from './layout/TopBar.tsx';
import { EventLog } from './panels/EventLog.tsx';
import { Metrics } from './panels/Metrics.tsx';
import { Notices } from './panels/Notices.tsx';
import { Timeline } from './panels/Timeline.tsx';
import { useKeyboardShortcuts } from './keyboard.ts';

export function App({ opening }: { opening: Opening }) {
  const [hint, setHint] = useState<string | null>(opening.hint);
  useKeyboardShortcuts();
  return (
    <div className="app">
      <TopBar />
      <Timeline />
      <div className="workspace">
        <LeftRail />
        <main className="stage" aria-label="System">
          <Notices hint={hint} onDismissHint={() => setHint(null)} linkError={opening.linkError} />
          <SystemCanvas />
        </main>
        <RightPanel />
      </div>
      <section className="dock" aria-label="Metrics and events">
        <Metrics />
        <EventLog />
      </section>
    </div>
  );
}
