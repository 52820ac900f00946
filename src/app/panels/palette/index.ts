// Placeholder slot for the editor's palette (issue 5 replaces this file).
// The live lab's layout renders <Palette/> in its left rail.
export function Palette(): null {
  return null;
}
