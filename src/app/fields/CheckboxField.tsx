// An on/off setting, with its meaning spelled out in the hint.
import { useId, useState } from 'react';
import type { FieldPath } from '../editor/index.ts';
import { useField } from './use-field.ts';
import { FieldMessage } from './FieldMessage.tsx';

export interface CheckboxFieldProps {
  path: FieldPath;
  label: string;
  fallback: boolean;
  hint?: string;
}

export function CheckboxField({ path, label, fallback, hint }: CheckboxFieldProps) {
  const id = useId();
  const { value, commit, seal, knob } = useField<boolean>(path, label);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="field field-check" data-invalid={error ? 'true' : undefined} data-knob={knob ? 'true' : undefined}>
      <input
        id={id}
        type="checkbox"
        checked={value ?? fallback}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          setError(commit(e.target.checked));
          seal();
        }}
      />
      <label htmlFor={id}>{label}</label>
      <FieldMessage id={id} error={error} hint={hint} />
    </div>
  );
}
