// The live lab's screen: controls and timeline on top; the system in the
// middle with the palette rail on its left; charts and the event log below
// it; and a full-height column on the right for the readouts and the
// selection (so a selected node's Break actions and fields have room even on
// a 720 px projector). Regions keep fixed sizes so nothing moves while a run
// plays.
import { useState } from 'react';
import { EXAMPLE_NAMES, getExample } from '../scenario/index.ts';
import type { Opening } from './boot.ts';
import { useAppStore, useAppStoreApi } from './store/index.ts';
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

/** Field names in the examples' hints, in the words the lab shows them under. */
const HINT_WORDS: Array<[RegExp, string]> = [
  [/\bwritesLost\b/g, 'Lost writes'], [/\bsplitBrainMs\b/g, 'the time with two primaries'], [/\bnoPrimaryMs\b/g, 'No primary'],
  [/\brequireQuorum\b/g, 'Require a quorum'], [/\breadFrom\b/g, 'Reads from'], [/\bzoneOutage\b/g, 'Zone outage'],
  [/\bstaleReads\b/g, 'Stale reads'], [/\bhealthCheck\b/g, 'Health checks'], [/\bsemiSync\b/g, 'semi-synchronous'],
];

/** The lab's words for an example's hint. */
export function inLabWords(hint: string): string {
  return HINT_WORDS.reduce((text, [pattern, words]) => text.replace(pattern, words), hint);
}

/** The hint of the built-in example with this name, if it is one. */
function exampleHint(name: string): string | null {
  for (const key of EXAMPLE_NAMES) {
    const example = getExample(key);
    if (example.scenario.name === name) return inLabWords(example.hint);
  }
  return null;
}

/** Patterns every chart and the canvas share: hatching for the spans that explain an outage. */
function SvgDefs() {
  return (
    <svg className="svg-defs" aria-hidden="true" focusable="false">
      <defs>
        <pattern id="nines-hatch-detect" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line className="hatch-detect" x1="0" y1="0" x2="0" y2="6" strokeWidth="2.5" />
        </pattern>
        <pattern id="nines-hatch-down" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
          <line className="hatch-down" x1="0" y1="0" x2="0" y2="6" strokeWidth="2.5" />
        </pattern>
      </defs>
    </svg>
  );
}

export function App({ opening }: { opening: Opening }) {
  const documentRevision = useAppStore((s) => s.documentRevision);
  const scenarioName = useAppStore((s) => s.scenario.name);
  const store = useAppStoreApi();
  // A hint belongs to the document it was given for: a new scenario drops it;
  // opening an example shows that example's hint.
  const [hint, setHint] = useState<{ text: string | null; revision: number }>({ text: inLabWords(opening.hint), revision: documentRevision });
  if (hint.revision !== documentRevision) setHint({ text: exampleHint(scenarioName), revision: documentRevision });
  useKeyboardShortcuts();
  return (
    <div className="app">
      <a className="skip-link" href="#system">Skip to the system</a>
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
      </div>
      <RightPanel />
      <section className="dock" aria-label="Metrics and events">
        <Metrics />
        <EventLog />
      </section>
      <SvgDefs />
    </div>
  );
}
