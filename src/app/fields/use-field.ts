// One field of the scenario, read and written by path. Writing tries the
// value on the whole scenario first (../../../editor/validation.ts): an
// invalid value changes nothing and returns the message to show. Keystrokes
// in one field are one undo step until it loses focus.
import { useCallback } from 'react';
import { useAppStore, useAppStoreApi } from '../store/index.ts';
import { formatPath, getField, refusal, setField, type FieldPath } from '../editor/index.ts';
import { useKnob } from '../lessons/index.ts';

export interface FieldBinding<T> {
  value: T | undefined;
  /** Writes the value (undefined removes it: the default applies); returns an error message or null. */
  commit(value: T | undefined): string | null;
  /** Ends the field's undo step (on blur). */
  seal(): void;
  /** One of the open lesson's knobs: the field is highlighted. */
  knob: boolean;
}

export function useField<T>(path: FieldPath, label: string): FieldBinding<T> {
  const store = useAppStoreApi();
  const key = formatPath(path);
  const pathJson = JSON.stringify(path);
  const value = useAppStore((s) => getField(s.scenario, path)) as T | undefined;
  const commit = useCallback(
    (next: T | undefined): string | null => {
      const { scenario, edit } = store.getState();
      const at = JSON.parse(pathJson) as FieldPath;
      const candidate = setField(scenario, at, next);
      if (candidate === scenario) return null;
      const problem = refusal(scenario, candidate, at);
      if (problem) return problem;
      edit(`Set ${label}`, () => candidate, { coalesceKey: `field:${key}` });
      return null;
    },
    // The path goes in as text, so a new array with the same parts is the same field.
    [store, key, pathJson, label],
  );
  const seal = useCallback(() => store.getState().sealHistory(), [store]);
  const knob = useKnob(path);
  return { value, commit, seal, knob };
}
