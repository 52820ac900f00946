// The knobs of the open lesson, for the inspector to highlight. The lessons
// panel sets them; each inspector field asks whether its own path is one
// (fields/use-field.ts calls useKnob). Knobs name nodes and clusters by id
// (`nodes.lb.healthCheck.intervalMs`, `nodes.*.zone`), the inspector's fields
// by index (`['nodes', 1, 'healthCheck', 'intervalMs']`), so the path is read
// through the scenario on screen.
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Scenario } from '../../scenario/index.ts';
import type { FieldPath } from '../editor/index.ts';
import { useAppStore } from '../store/index.ts';

const knobStore = createStore<{ knobs: readonly string[] }>()(() => ({ knobs: [] }));

export function setKnobs(knobs: readonly string[]): void {
  if (knobStore.getState().knobs !== knobs) knobStore.setState({ knobs });
}

/** `['nodes', 1, 'healthCheck', 'intervalMs']` → `nodes.lb.healthCheck.intervalMs` (ids for indexes). */
export function idPathOf(scenario: Scenario, path: FieldPath): string {
  const parts: string[] = [];
  let at: unknown = scenario;
  for (const part of path) {
    const next = at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[part] : undefined;
    const id = typeof part === 'number' && next !== null && typeof next === 'object' ? (next as { id?: unknown }).id : undefined;
    parts.push(typeof id === 'string' ? id : String(part));
    at = next;
  }
  return parts.join('.');
}

/** Whether `idPath` is one of the knobs (`*` matches any one id). */
export function isKnob(knobs: readonly string[], idPath: string): boolean {
  const parts = idPath.split('.');
  return knobs.some((knob) => {
    const k = knob.split('.');
    return k.length === parts.length && k.every((p, i) => p === '*' || p === parts[i]);
  });
}

/** For an inspector field: is it one of the open lesson's knobs? */
export function useKnob(path: FieldPath): boolean {
  const knobs = useStore(knobStore, (s) => s.knobs);
  const idPath = useAppStore((s) => (knobs.length > 0 ? idPathOf(s.scenario, path) : ''));
  return knobs.length > 0 && isKnob(knobs, idPath);
}
