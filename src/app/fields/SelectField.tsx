// A choice among the format's named values (algorithms, modes).
import { useId, useState } from 'react';
import type { FieldPath } from '../editor/index.ts';
import { describedBy, FieldShell } from './FieldShell.tsx';
import { useField } from './use-field.ts';

export interface Choice {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  path: FieldPath;
  label: string;
  choices: readonly Choice[];
  /** What an absent value means (the format's default). */
  fallback: string;
  hint?: string;
}

export function SelectField({ path, label, choices, fallback, hint }: SelectFieldProps) {
  const id = useId();
  const { value, commit, seal, knob } = useField<string>(path, label);
  const [error, setError] = useState<string | null>(null);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} knob={knob}>
      <select
        id={id}
        className="field-input field-select"
        value={value ?? fallback}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(e) => {
          setError(commit(e.target.value));
          seal();
        }}
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
