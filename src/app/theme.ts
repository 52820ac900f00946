// Light and dark themes: the system's preference unless the user picked one
// with the toggle (remembered in this browser). CSS reads data-theme only.
const KEY = 'nines.theme';
export type Theme = 'light' | 'dark';

function systemTheme(): Theme {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function savedTheme(): Theme | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null;
  }
}

export function currentTheme(): Theme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

/** Applies the saved or system theme and follows the system while none is saved. */
export function initTheme(): void {
  document.documentElement.dataset.theme = savedTheme() ?? systemTheme();
  window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (!savedTheme()) applyTheme(systemTheme(), false);
  });
}

export function applyTheme(theme: Theme, remember = true): void {
  document.documentElement.dataset.theme = theme;
  if (remember) {
    try {
      localStorage.setItem(KEY, theme);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }
  window.dispatchEvent(new CustomEvent('nines:theme', { detail: theme }));
}
