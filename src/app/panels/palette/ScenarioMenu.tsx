// New scenario, Open example, and Recent. Whatever is on screen is kept as a
// recent entry when it is replaced (../../editor/autosave.ts), and work not
// kept anywhere yet is replaced only after a question.
import { useState } from 'react';
import { EXAMPLE_NAMES, getExample, type ExampleName, type Scenario } from '../../../scenario/index.ts';
import { useAppStoreApi } from '../../store/index.ts';
import { blankScenario, hasUnkeptWork, listRecents, replaceNote, type RecentEntry } from '../../editor/index.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';

interface Pending {
  next: Scenario;
  what: string;
}

function ago(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h ago` : `${Math.round(hours / 24)} days ago`;
}

export function ScenarioMenu() {
  const store = useAppStoreApi();
  const [pending, setPending] = useState<Pending | null>(null);
  const [recents, setRecents] = useState<RecentEntry[]>(() => listRecents());
  const [showRecents, setShowRecents] = useState(false);
  // Wall-clock time the list was opened, for "kept 5 min ago" (read once, not per render).
  const [openedAtMs, setOpenedAtMs] = useState(0);

  const open = (next: Scenario, what: string) => {
    if (hasUnkeptWork(store.getState().scenario)) setPending({ next, what });
    else replace(next);
  };
  const replace = (next: Scenario) => {
    store.getState().replaceScenario(structuredClone(next));
    store.getState().clearSelection();
    setPending(null);
    setRecents(listRecents());
  };

  return (
    <div className="palette-scenario">
      <button type="button" onClick={() => open(blankScenario(), 'a new, empty scenario')}>
        New scenario
      </button>
      <label className="field-label" htmlFor="open-example">
        Open example
      </label>
      <select
        id="open-example"
        className="field-input field-select"
        value=""
        onChange={(e) => {
          const name = e.target.value as ExampleName;
          if (name) open(getExample(name).scenario, `the example “${getExample(name).title}”`);
        }}
      >
        <option value="">Choose an example…</option>
        {EXAMPLE_NAMES.map((n) => (
          <option key={n} value={n}>
            {getExample(n).title}
          </option>
        ))}
      </select>
      <button
        type="button"
        aria-expanded={showRecents}
        aria-controls="recent-list"
        onClick={() => {
          setRecents(listRecents());
          setOpenedAtMs(Date.now());
          setShowRecents(!showRecents);
        }}
      >
        Recent ({recents.length})
      </button>
      {showRecents ? (
        <ul id="recent-list" className="recent-list">
          {recents.length === 0 ? <li className="inspector-note">Work you replace is kept here.</li> : null}
          {recents.map((r) => (
            <li key={r.keptAtMs}>
              <button type="button" className="button-link" onClick={() => open(r.scenario, `“${r.name}”`)}>
                {r.name}
              </button>
              <span className="recent-when">
                {r.scenario.nodes.length} nodes · kept {ago(openedAtMs - r.keptAtMs)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {pending ? (
        <ConfirmDialog
          title="Replace the scenario on screen?"
          body={`“${store.getState().scenario.name}” will be replaced by ${pending.what}. ${replaceNote()}`}
          confirmLabel="Replace"
          onConfirm={() => replace(pending.next)}
          onCancel={() => setPending(null)}
        />
      ) : null}
    </div>
  );
}
