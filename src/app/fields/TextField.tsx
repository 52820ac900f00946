// Free text: names, labels, descriptions. Labels are text only, never markup:
// React renders them as text nodes.
import { useId, useState } from 'react';
import type { FieldPath } from '../editor/index.ts';
import { describedBy, FieldShell } from './FieldShell.tsx';
import { useField } from './use-field.ts';

export interface TextFieldProps {
  path: FieldPath;
  label: string;
  /** Empty removes the field (optional text) rather than writing "". */
  optional?: boolean;
  multiline?: boolean;
  placeholder?: string;
  hint?: string;
}

export function TextField({ path, label, optional = true, multiline = false, placeholder, hint }: TextFieldProps) {
  const id = useId();
  const { value, commit, seal, knob } = useField<string>(path, label);
  const [text, setText] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);

  // The value changed elsewhere (undo, another panel): show it.
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (text !== (value ?? '')) setText(value ?? '');
    setError(null);
  }

  const onChange = (raw: string) => {
    setText(raw);
    setError(commit(raw === '' && optional ? undefined : raw));
  };
  const common = {
    id,
    className: 'field-input field-text',
    value: text,
    placeholder,
    spellCheck: multiline,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, error, hint),
    onBlur: seal,
  };
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} knob={knob}>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      )}
    </FieldShell>
  );
}
