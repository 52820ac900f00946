// Links at boot and in an open tab: what could not be opened is said in a
// short list, a link from another engine says its numbers may differ, and a
// link pasted into the address bar of an open tab opens as a link (so,
// untouched, it is kept under Recent as one and never pushes out work).
import { decodeScenarioFragment, splitFragment } from '../../scenario/index.ts';
import { hasUnkeptWork, openScenario } from '../editor/index.ts';
import { getSavedWork } from '../storage/index.ts';
import type { AppStore } from '../store/index.ts';
import { problemOf, shareNotices, showProblem } from './notices.ts';

/** Tells the user what the boot could not open, or that a link's engine differs. */
export function reportOpening(opening: { linkError: string | null; fromLink: boolean; unreadable: string | null }, hash: string): void {
  if (opening.linkError) showProblem(problemOf(opening.linkError));
  else if (opening.fromLink) {
    const decoded = decodeScenarioFragment(hash);
    if (decoded.ok && decoded.warning) showProblem({ kind: 'warning', title: decoded.warning, lines: [] });
  }
  if (opening.unreadable !== null) shareNotices.setState({ unreadable: opening.unreadable });
}

/** The hash changed in an open tab: open its link, or say why not and change nothing. */
export function openLinkInTab(store: AppStore, hash: string): void {
  if (splitFragment(hash).data === null) return;
  const decoded = decodeScenarioFragment(hash);
  if (!decoded.ok) return showProblem(problemOf(decoded.error, 'error', ' Nothing on screen changed.'));
  const replaced = store.getState().scenario;
  // Pasting a link cannot be asked about first (the address bar already
  // changed), so when this browser cannot keep the work it replaces, say
  // where that work still is for this tab: under Recent, in memory only.
  const unkept = !getSavedWork().canKeep() && hasUnkeptWork(replaced);
  openScenario(store, decoded.scenario, 'link');
  const lines = decoded.warning ? [decoded.warning] : [];
  if (unkept) {
    return showProblem({ kind: 'warning', title: `“${replaced.name}” was replaced by the link, and this browser cannot save it: it is under Recent until this tab closes. Open it from Recent and export it to keep it.`, lines });
  }
  showProblem(decoded.warning ? { kind: 'warning', title: decoded.warning, lines: [] } : null);
}
