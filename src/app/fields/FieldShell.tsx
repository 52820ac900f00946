// The frame every inspector field shares: a visible label tied to its control,
// the unit after the value, a hint, and the error right under the field.
import type { ReactNode } from 'react';
import { FieldMessage } from './FieldMessage.tsx';

export interface FieldShellProps {
  id: string;
  label: string;
  /** Read before the label by screen readers only, where the visible group heading gives it ("Service time"). */
  context?: string;
  unit?: string;
  hint?: string;
  error: string | null;
  /** One of the open lesson's knobs (highlighted). */
  knob?: boolean;
  children: ReactNode;
}

export function FieldShell({ id, label, context, unit, hint, error, knob, children }: FieldShellProps) {
  return (
    <div className="field" data-invalid={error ? 'true' : undefined} data-knob={knob ? 'true' : undefined}>
      <label className="field-label" htmlFor={id}>
        {context ? <span className="visually-hidden">{context}: </span> : null}
        {label}
      </label>
      <div className="field-control">
        {children}
        {unit ? <span className="field-unit" aria-hidden="true">{unit}</span> : null}
      </div>
      <FieldMessage id={id} error={error} hint={hint} />
    </div>
  );
}

/** aria-describedby for a control: its error when there is one, else its hint. */
export function describedBy(id: string, error: string | null, hint?: string): string | undefined {
  if (error) return `${id}-error`;
  return hint ? `${id}-hint` : undefined;
}
