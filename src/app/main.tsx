// Boot: pick the opening scenario, make the store, start the simulation
// worker and the run driver, and render. The store and the driver live
// outside React, so StrictMode's double effects never start a second run.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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
import { isEmbedPage, openLinkInTab, reportOpening } from './share/index.ts';
import { openSavedWork } from './storage/index.ts';

initTheme();
// Saved work lives in IndexedDB (storage/); opening it never rejects, whatever the browser's storage does.
// The embed player (an iframe on a course page) leaves the user's saved work alone.
const embed = isEmbedPage(window.location);
const saved = embed ? null : await openSavedWork();
const opening = saved ? withAutosave(openingScenario(window.location.hash), saved) : { ...openingScenario(window.location.hash), origin: 'link' as const, unreadable: null };
reportOpening(opening, window.location.hash);
const store = createAppStore(opening.scenario);
if (saved) startAutosave(store, saved, undefined, opening.origin);
initPresenter(store);
const Embed = embed ? (await import('./embed/index.ts')).EmbedApp : null;
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

// A link pasted into the address bar of an open tab opens too (a lesson link, else a scenario
// link); a bad one says why and changes nothing.
window.addEventListener('hashchange', () => {
  const lesson = openLessonLink(store, window.location.hash);
  if (typeof lesson === 'string') store.setState({ notice: `${lesson} Nothing on screen changed.` });
  if (lesson !== null) return;
  openLinkInTab(store, window.location.hash);
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppStoreContext.Provider value={store}>
        {Embed ? <Embed /> : <App opening={opening} />}
      </AppStoreContext.Provider>
    </StrictMode>,
  );
}
