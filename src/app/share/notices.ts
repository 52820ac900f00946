// What the sharing, import and storage code has to tell the user, kept apart
// from the run's own notices: a link or file that could not be opened (a
// title and a bounded list of reasons), a link from another engine, saved
// work that could not be read. A vanilla store, so code outside React sets it.
import { createStore } from 'zustand/vanilla';

export interface Problem {
  kind: 'error' | 'warning';
  /** One sentence: what happened. */
  title: string;
  /** The reasons, at most 21 short lines (scenario/validate.ts bounds them). */
  lines: string[];
}

export interface ShareNoticesState {
  problem: Problem | null;
  /** The text of saved work that no longer validates, offered as a file. */
  unreadable: string | null;
}

export const shareNotices = createStore<ShareNoticesState>()(() => ({ problem: null, unreadable: null }));

/** Splits "title:\nline\nline" (the codec's and the validator's messages) into a Problem. */
export function problemOf(message: string, kind: Problem['kind'] = 'error', suffix = ''): Problem {
  const [first, ...rest] = message.split('\n');
  return { kind, title: `${first}${suffix}`, lines: rest };
}

export function showProblem(problem: Problem | null): void {
  shareNotices.setState({ problem });
}
