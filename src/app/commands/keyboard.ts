// Editor shortcuts. They act only when focus is not in a text field (where
// the keys belong to the text) and no dialog is open.
import type { AppStore } from '../store/index.ts';
import {
  GRID_PX, copySelection, deleteSelection, duplicateSelection, nudgeSelection, pasteClipboard,
} from './commands.ts';

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
  return false;
}

/**
 * Handles one keydown (`canvas`: the canvas element, where arrows move
 * nodes); returns true when it was an editor shortcut (the caller prevents the default). */
export function handleEditorKey(event: KeyboardEvent, store: AppStore, canvas: Element | null = null): boolean {
  if (event.defaultPrevented || typingIn(event.target)) return false;
  if (event.target instanceof Element && event.target.closest('dialog')) return false;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  const state = store.getState();
  // Undo, redo and duplicate always claim their keys, even with nothing to
  // do, so the browser does not go back a page or bookmark it instead.
  if (mod && (key === 'z' || key === 'y')) {
    if (key === 'y' || event.shiftKey) state.redo();
    else state.undo();
    return true;
  }
  if (mod && key === 'd') {
    duplicateSelection(store);
    return true;
  }
  if (mod && key === 'a') {
    state.select({ nodeIds: state.scenario.nodes.map((n) => n.id) });
    return true;
  }
  // Copy and paste only when no text is selected on the page, so copying a log line still works.
  if (mod && key === 'c') return (window.getSelection()?.isCollapsed ?? true) && copySelection(store);
  if (mod && key === 'v') return pasteClipboard(store).length > 0;
  if (mod || event.altKey) return false;
  if (event.key === 'Delete' || event.key === 'Backspace') return deleteSelection(store);
  if (event.key === 'Escape') {
    const any = state.selection.nodeIds.length + state.selection.linkIds.length > 0 || state.selection.zone !== null;
    state.clearSelection();
    return any;
  }
  const focused = event.target instanceof Element ? event.target.closest('[data-node-id]')?.getAttribute('data-node-id') : null;
  const arrow = ARROWS[event.key];
  // Arrows move nodes only while focus is on the canvas; elsewhere they are
  // the live lab's (stepping time).
  if (arrow && canvas !== null && event.target instanceof Node && canvas.contains(event.target)) {
    // A node focused on the canvas is moved even when not selected yet.
    if (focused && !state.selection.nodeIds.includes(focused)) state.select({ nodeIds: [focused] });
    const step = event.shiftKey ? GRID_PX * 5 : GRID_PX;
    return nudgeSelection(store, arrow[0] * step, arrow[1] * step);
  }
  // Enter on a focused node is the canvas's own (it selects, shift toggles).
  return false;
}
