// Messages over the top of the canvas, never pushing the layout: the one-line
// hint, a link that could not be opened, the run going back to 0 s after an
// edit, and a scenario that cannot run.
import { useEffect, useState, type ReactNode } from 'react';
import { useAppStore, useAppStoreApi } from '../store/index.ts';
import { Icon } from './Icon.tsx';

interface Props {
  hint: string | null;
  onDismissHint(): void;
  linkError: string | null;
  /** Notices of other rooms (sharing, saving), shown first. */
  children?: ReactNode;
}

export function Notices({ hint, onDismissHint, linkError, children }: Props) {
  const store = useAppStoreApi();
  const notice = useAppStore((s) => s.notice);
  const runError = useAppStore((s) => s.runError);
  const playing = useAppStore((s) => s.playing);
  const simTimeMs = useAppStore((s) => s.simTimeMs);
  const [linkErrorSeen, setLinkErrorSeen] = useState(false);

  useEffect(() => {
    if (!notice) return;
    const id = window.setTimeout(() => store.getState().dismissNotice(), 8_000);
    return () => window.clearTimeout(id);
  }, [notice, store]);

  // The hint has done its job once the run has gone a while.
  useEffect(() => {
    if (hint && playing && simTimeMs > 30_000) onDismissHint();
  }, [hint, playing, simTimeMs, onDismissHint]);

  return (
    <div className="notices">
      {children}
      {runError && <div className="notice notice-error" role="alert"><strong>This scenario cannot run:</strong> {runError}</div>}
      {linkError && !linkErrorSeen && (
        <div className="notice notice-error" role="alert">
          {linkError}
          <button type="button" className="btn btn-icon btn-quiet" aria-label="Dismiss" onClick={() => setLinkErrorSeen(true)}>
            <Icon name="close" />
          </button>
        </div>
      )}
      {notice && (
        <div className="notice" role="status">
          {notice}
          <button type="button" className="btn btn-icon btn-quiet" aria-label="Dismiss" onClick={() => store.getState().dismissNotice()}>
            <Icon name="close" />
          </button>
        </div>
      )}
      {hint && !runError && (
        <div className="notice notice-hint" role="note">
          <span className="hint-text">{hint}</span>
          <button type="button" className="btn btn-icon btn-quiet" aria-label="Hide hint" onClick={onDismissHint}>
            <Icon name="close" />
          </button>
        </div>
      )}
    </div>
  );
}
