// The inspector: every field of whatever is selected, as labelled controls
// validated as the user types. (The scenario's own settings have a tab of
// their own, layout/panels.tsx.)
import type { ReactNode } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/index.ts';
import { deleteSelection } from '../../commands/index.ts';
import { LinkInspector } from './LinkInspector.tsx';
import { MultiInspector } from './MultiInspector.tsx';
import { NodeInspector } from './NodeInspector.tsx';
import { ZoneInspector } from './ZoneInspector.tsx';
// Styles travel with the component that needs them.
// oxlint-disable-next-line import/no-unassigned-import
import './inspector.css';
// oxlint-disable-next-line import/no-unassigned-import
import '../../fields/fields.css';

function Body({ actions }: { actions?: ReactNode }) {
  const store = useAppStoreApi();
  const scenario = useAppStore((s) => s.scenario);
  const { nodeIds, linkIds, zone } = useAppStore((s) => s.selection);
  if (nodeIds.length === 1 && linkIds.length === 0) return <NodeInspector scenario={scenario} nodeId={nodeIds[0]} actions={actions} />;
  if (nodeIds.length > 1) return <MultiInspector scenario={scenario} nodeIds={nodeIds} />;
  if (linkIds.length === 1) return <LinkInspector scenario={scenario} linkId={linkIds[0]} actions={actions} />;
  if (linkIds.length > 1) {
    return (
      <div className="inspector-body">
        <header className="inspector-header">
          <p className="inspector-kind">Selection</p>
          <h2>{linkIds.length} links</h2>
        </header>
        <div className="button-row">
          <button type="button" className="button-danger" onClick={() => deleteSelection(store)}>
            Delete {linkIds.length} links
          </button>
        </div>
      </div>
    );
  }
  if (zone !== null) return <ZoneInspector key={zone} scenario={scenario} zone={zone} actions={actions} />;
  return null;
}

/**
 * Every field of what is selected; `actions` (the Break panel) go right under
 * its heading, before the fields, where they are seen first.
 */
export function Inspector({ actions }: { actions?: ReactNode }) {
  return (
    <section className="inspector" aria-label="Inspector">
      <Body actions={actions} />
    </section>
  );
}
