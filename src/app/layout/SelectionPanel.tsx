// The "Selected" tab: whatever is selected, with what can be broken on it
// first (so at 1280×720 a node's Break actions and first fields show without
// scrolling), then its fields. With nothing selected, how to start.
import { BreakPanel } from '../panels/BreakPanel.tsx';
import { Inspector } from '../panels/inspector/index.ts';
import { useAppStore } from '../store/index.ts';

export function SelectionPanel() {
  const { nodeIds, linkIds, zone } = useAppStore((s) => s.selection);
  if (nodeIds.length + linkIds.length === 0 && zone === null) {
    return (
      <div className="selection-empty">
        <h2 className="panel-title">Nothing selected</h2>
        <p className="muted">
          Click a node, a link or a zone’s label to break it or change it — or right-click it. Faults land at the
          shown time and are recorded, so the run replays exactly.
        </p>
      </div>
    );
  }
  return <Inspector actions={<BreakPanel />} />;
}
