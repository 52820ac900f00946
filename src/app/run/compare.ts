// The run kept to compare against: after an edit, the run on screen is kept
// as 'before' (unless one is pinned), so charts and readouts can show what
// the edit changed. A new document drops a 'before' run: it belongs to
// another system.
import type { AppState, AppStore } from '../store/index.ts';

export function keepForComparison(store: AppStore, previous: AppState, edited: boolean): void {
  const { compare } = store.getState();
  if (compare?.kind === 'pinned') return;
  if (!edited) {
    if (compare) store.setState({ compare: null });
    return;
  }
  if (previous.rows.length === 0) return;
  store.setState({
    compare: {
      kind: 'before', scenario: previous.scenario, rows: previous.rows,
      report: previous.done ? previous.report : null, reachedMs: previous.simTimeMs,
    },
  });
}
