// Undo, redo and the commands that act on the selection, as named buttons
// (each with its shortcut in the tooltip).
import { useAppStore, useAppStoreApi } from '../../store/index.ts';
import { deleteSelection, duplicateSelection, layoutAll } from '../../commands/index.ts';

const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function EditButtons() {
  const store = useAppStoreApi();
  const undoLabel = useAppStore((s) => s.history.past.at(-1)?.label ?? null);
  const redoLabel = useAppStore((s) => s.history.future.at(-1)?.label ?? null);
  const selected = useAppStore((s) => s.selection.nodeIds.length + s.selection.linkIds.length);
  const nodesSelected = useAppStore((s) => s.selection.nodeIds.length);
  const empty = useAppStore((s) => s.scenario.nodes.length === 0);
  return (
    <div className="palette-edit">
      <button type="button" disabled={undoLabel === null} title={undoLabel ? `Undo ${undoLabel} (${MOD}Z)` : 'Nothing to undo'} onClick={() => store.getState().undo()}>
        Undo
      </button>
      <button type="button" disabled={redoLabel === null} title={redoLabel ? `Redo ${redoLabel} (${MOD}⇧Z)` : 'Nothing to redo'} onClick={() => store.getState().redo()}>
        Redo
      </button>
      <button type="button" disabled={nodesSelected === 0} title={`Duplicate the selected nodes (${MOD}D)`} onClick={() => duplicateSelection(store)}>
        Duplicate
      </button>
      <button type="button" disabled={selected === 0} title="Delete the selection (Delete)" onClick={() => deleteSelection(store)}>
        Delete
      </button>
      <button type="button" disabled={empty} title="Arrange every node left to right, callers first" onClick={() => {
        // Tidied, the drawing is fitted to the view: nothing lands off screen.
        if (layoutAll(store)) window.dispatchEvent(new CustomEvent('nines:fit'));
      }}>
        Tidy layout
      </button>
    </div>
  );
}
