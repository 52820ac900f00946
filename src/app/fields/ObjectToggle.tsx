// Turns an optional group on or off (health checks, random failures): on
// writes the group with its defaults spelled out, off removes it.
import { useId, useState } from 'react';
import type { FieldPath } from '../editor/index.ts';
import { useField } from './use-field.ts';

export interface ObjectToggleProps {
  path: FieldPath;
  label: string;
  whenOn: object;
  hint?: string;
}

export function ObjectToggle({ path, label, whenOn, hint }: ObjectToggleProps) {
  const id = useId();
  const { value, commit, seal, knob } = useField<object>(path, label);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="field field-check" data-knob={knob ? 'true' : undefined}>
      <input
        id={id}
        type="checkbox"
        checked={value !== undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          setError(commit(e.target.checked ? structuredClone(whenOn) : undefined));
          seal();
        }}
      />
      <label htmlFor={id}>{label}</label>
      {error ? <p className="field-error" role="alert">{error}</p> : hint ? <p className="field-hint" id={`${id}-hint`}>{hint}</p> : null}
    </div>
  );
}
