// Boot: pick the opening scenario, make the store, start the simulation
// worker and the run driver, and render. The store and the driver live
// outside React, so StrictMode's double effects never start a second run.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { decodeScenarioFragment } from '../scenario/index.ts';
import { startSimWorker } from '../worker/index.ts';
import { startAutosave, withAutosave } from './editor/index.ts';
import { App } from './App.tsx';
import { openingScenario } from './boot.ts';
import { openLessonLink } from './lessons/index.ts';
import { RunDriver } from './run/index.ts';
import { createAppStore } from './store/index.ts';
import { AppStoreContext } from './store/index.ts';
import { initPresenter } from './presenter.ts';
import { initTheme } from './theme.ts';

initTheme();
// A share link wins; otherwise last session's work comes back (the editor's autosave).
const opening = withAutosave(openingScenario(window.location.hash));
const store = createAppStore(opening.scenario);
startAutosave(store);
initPresenter(store);
const worker = startSimWorker();
const driver = new RunDriver(store, {
  port: worker.port,
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (id) => cancelAnimationFrame(id),
  wallMs: () => performance.now(),
});

// Leaving for good (not into the back-forward cache) stops the worker.
window.addEventListener('pagehide', (event) => {
  if (event.persisted) return;
  driver.destroy();
  worker.terminate();
});

// A link pasted into the address bar of an open tab opens too.
window.addEventListener('hashchange', () => {
  const lesson = openLessonLink(store, window.location.hash);
  if (typeof lesson === 'string') store.setState({ notice: `${lesson} Nothing on screen changed.` });
  if (lesson !== null) return;
  const decoded = decodeScenarioFragment(window.location.hash);
  if (decoded.ok) store.getState().replaceScenario(decoded.scenario);
  // A bad link says why and changes nothing on screen.
  else if (window.location.hash.length > 1) store.setState({ notice: `${decoded.error} Nothing on screen changed.` });
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppStoreContext.Provider value={store}>
        <App opening={opening} />
      </AppStoreContext.Provider>
    </StrictMode>,
  );
}
