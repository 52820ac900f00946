// The left rail holds the editor's palette (issue 5). While the palette
// renders nothing the rail takes no room (CSS :empty).
import { Palette } from '../panels/palette/index.ts';

export function LeftRail() {
  return (
    <aside className="left-rail" aria-label="Palette">
      <Palette />
    </aside>
  );
}
