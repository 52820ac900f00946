// The notices of sharing and saving, over the top of the canvas: a link or
// file that could not be opened (a short list of reasons that scrolls inside
// a box of bounded height, its Dismiss button always in view), a link from
// another engine, saved work that could not be read, and saving that does
// not work right now — which offers Export at once, since the work then
// lives in this tab only.
import { useState, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { describeProblem, getSavedWork, type SaveStatus } from '../storage/index.ts';
import { Icon } from '../panels/Icon.tsx';
import { downloadText } from './download.ts';
import { shareNotices } from './notices.ts';
// Styles travel with the component that needs them.
// oxlint-disable-next-line import/no-unassigned-import
import './share.css';

export function ShareNotices({ onExport }: { onExport(): void }) {
  const problem = useStore(shareNotices, (s) => s.problem);
  const unreadable = useStore(shareNotices, (s) => s.unreadable);
  return (
    <>
      {problem && (
        <div className={`notice share-notice ${problem.kind === 'error' ? 'notice-error' : 'notice-warning'}`} role={problem.kind === 'error' ? 'alert' : 'status'}>
          <div className="share-notice-head">
            <strong className="share-notice-title">{problem.title}</strong>
            <button type="button" className="btn btn-icon btn-quiet" aria-label="Dismiss" onClick={() => shareNotices.setState({ problem: null })}>
              <Icon name="close" />
            </button>
          </div>
          {problem.lines.length > 0 && (
            <ul className="share-notice-lines" aria-label="Reasons">
              {problem.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {unreadable !== null && (
        <div className="notice share-notice notice-error" role="alert">
          <div className="share-notice-head">
            <strong className="share-notice-title">Your saved work could not be read, so an example opened instead. Nothing was overwritten: the unreadable copy is kept aside.</strong>
            <button type="button" className="btn btn-icon btn-quiet" aria-label="Dismiss" onClick={() => shareNotices.setState({ unreadable: null })}>
              <Icon name="close" />
            </button>
          </div>
          <div className="share-notice-actions">
            <button type="button" className="btn" onClick={() => downloadText(unreadable, 'nines-unreadable-work.json', 'application/json')}>
              Download the unreadable copy
            </button>
          </div>
        </div>
      )}
      <SaveStatusNotice onExport={onExport} />
    </>
  );
}

function useSaveStatus(): SaveStatus {
  const saved = getSavedWork();
  return useSyncExternalStore(
    (onChange) => saved.subscribe(onChange),
    () => saved.status,
  );
}

/** Shown the moment saving fails, until it works again or the user dismisses it. */
function SaveStatusNotice({ onExport }: { onExport(): void }) {
  const status = useSaveStatus();
  const [dismissed, setDismissed] = useState<SaveStatus | null>(null);
  if (status.ok || dismissed === status) return null;
  return (
    <div className="notice share-notice notice-error" role="alert" data-testid="save-status">
      <div className="share-notice-head">
        <strong className="share-notice-title">{describeProblem(status.problem)} Your work is kept in this tab only: export it to keep it.</strong>
        <button type="button" className="btn btn-icon btn-quiet" aria-label="Dismiss" onClick={() => setDismissed(status)}>
          <Icon name="close" />
        </button>
      </div>
      <div className="share-notice-actions">
        <button type="button" className="btn btn-primary" onClick={onExport}>
          Export scenario (JSON)
        </button>
      </div>
    </div>
  );
}
