// Keyboard: Space plays or pauses, ← and → step. Keys typed into a field,
// a menu or a focused button keep their usual meaning, and a handler that
// already used the key (the editor nudging a node) wins.
import { useEffect } from 'react';
import { useAppStoreApi } from './store/index.ts';

function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="menu"], [role="slider"]')) return true;
  return false;
}

export function useKeyboardShortcuts(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || ownsKeys(e.target)) return;
      const state = store.getState();
      if (e.key === ' ' || e.code === 'Space') {
        // A focused button takes Space as a click; everything else plays/pauses.
        if (e.target instanceof HTMLButtonElement) return;
        e.preventDefault();
        state.togglePlay();
      } else if (e.key === 'ArrowRight') {
        e.preventDefault();
        state.step(1);
      } else if (e.key === 'ArrowLeft') {
        e.preventDefault();
        state.step(-1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
