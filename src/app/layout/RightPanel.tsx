// The right panel: the readouts, always in view, then the panels of
// layout/panels.tsx as tabs. Selecting something on the canvas shows the
// Selected tab; presenter mode keeps only the panels meant for a projector.
import { useEffect, useState } from 'react';
import { Readouts } from '../panels/readouts/Readouts.tsx';
import { useAppStore, useAppStoreApi } from '../store/index.ts';
import { PanelTabs } from './PanelTabs.tsx';
import { RIGHT_PANELS } from './panels.tsx';

export function RightPanel() {
  const store = useAppStoreApi();
  const presenter = useAppStore((s) => s.presenter);
  const [active, setActive] = useState(RIGHT_PANELS[0].id);
  useEffect(() => store.subscribe((state, previous) => {
    if (state.selection !== previous.selection) setActive(RIGHT_PANELS[0].id);
  }), [store]);
  const entries = presenter ? RIGHT_PANELS.filter((e) => e.presenter) : RIGHT_PANELS;
  return (
    <aside className="right-panel" aria-label="Readouts and selection">
      <Readouts />
      <PanelTabs entries={entries} active={active} onChoose={setActive} label="Panels" />
    </aside>
  );
}
