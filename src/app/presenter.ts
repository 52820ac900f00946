// Presenter mode is remembered in this browser, like the theme: a teacher who
// turned it on for the lecture hall finds it on after a reload. The mode
// itself lives in the store; CSS reads data-presenter on <html>.
import type { AppStore } from './store/index.ts';

const KEY = 'nines.presenter';

function saved(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function initPresenter(store: AppStore): void {
  const apply = (on: boolean) => {
    document.documentElement.dataset.presenter = on ? 'on' : 'off';
  };
  store.getState().setPresenter(saved());
  apply(store.getState().presenter);
  store.subscribe((state, previous) => {
    if (state.presenter === previous.presenter) return;
    apply(state.presenter);
    try {
      localStorage.setItem(KEY, state.presenter ? '1' : '0');
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  });
}
