// The live lab's screen: controls and timeline on top, the system in the
// middle (palette rail on the left, the selection and readouts on the right),
// charts and the event log below. Regions keep fixed sizes so nothing moves
// while a run plays.
import { useState } from 'react';
import { EXAMPLE_NAMES, getExample } from '../scenario/index.ts';
import type { Opening } from './boot.ts';
import { useAppStore, useAppStoreApi } from './store/use-app-store.ts';
import { SystemCanvas } from './canvas/SystemCanvas.tsx';
import { LeftRail } from './layout/LeftRail.tsx';
import { RightPanel } from './layout/RightPanel.tsx';
import { TopBar } from './layout/TopBar.tsx';
import { EventLog } from './panels/EventLog.tsx';
import { Metrics } from './panels/Metrics.tsx';
import { Notices } from './panels/Notices.tsx';
import { Timeline } from './panels/Timeline.tsx';
import { useKeyboardShortcuts } from './keyboard.ts';
import { ShareNotices, exportScenario } from './share/index.ts';

/** The hint of the built-in example with this name, if it is one. */
function exampleHint(name: string): string | null {
  for (const key of EXAMPLE_NAMES) {
    const example = getExample(key);
    if (example.scenario.name === name) return example.hint;
  }
  return null;
}

export function App({ opening }: { opening: Opening }) {
  const documentRevision = useAppStore((s) => s.documentRevision);
  const scenarioName = useAppStore((s) => s.scenario.name);
  const store = useAppStoreApi();
  // A hint belongs to the document it was given for: a new scenario drops it;
  // opening an example shows that example's hint.
  const [hint, setHint] = useState<{ text: string | null; revision: number }>({ text: opening.hint, revision: documentRevision });
  if (hint.revision !== documentRevision) setHint({ text: exampleHint(scenarioName), revision: documentRevision });
  useKeyboardShortcuts();
  return (
    <div className="app">
      <TopBar />
      <Timeline />
      <div className="workspace">
        <LeftRail />
        <main className="stage" aria-label="System">
          <Notices hint={hint.text} onDismissHint={() => setHint({ text: null, revision: documentRevision })} linkError={null}>
            <ShareNotices onExport={() => exportScenario(store.getState())} />
          </Notices>
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
