// Placeholder slot for the editor's inspector (issue 5 replaces this file).
// The live lab's layout renders <Inspector/> in its right panel, above the
// run controls for the selection.
export function Inspector(): null {
  return null;
}
