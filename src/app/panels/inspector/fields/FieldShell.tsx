// The frame every inspector field shares: a visible label tied to its control,
// the unit after the value, a hint, and the error right under the field.
import { useEffect, useRef, type ReactNode } from 'react';

export interface FieldShellProps {
  id: string;
  label: string;
  /** Read before the label by screen readers only, where the visible group heading gives it ("Service time"). */
  context?: string;
  unit?: string;
  hint?: string;
  error: string | null;
  children: ReactNode;
}

export function FieldShell({ id, label, context, unit, hint, error, children }: FieldShellProps) {
  const errorRef = useRef<HTMLParagraphElement>(null);
  // A message below the visible part of a scrolled panel would go unseen.
  useEffect(() => {
    if (error) errorRef.current?.scrollIntoView({ block: 'nearest' });
  }, [error]);
  return (
    <div className="field" data-invalid={error ? 'true' : undefined}>
      <label className="field-label" htmlFor={id}>
        {context ? <span className="visually-hidden">{context}: </span> : null}
        {label}
      </label>
      <div className="field-control">
        {children}
        {unit ? <span className="field-unit" aria-hidden="true">{unit}</span> : null}
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert" ref={errorRef}>
          {error}
        </p>
      ) : hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** aria-describedby for a control: its error when there is one, else its hint. */
export function describedBy(id: string, error: string | null, hint?: string): string | undefined {
  if (error) return `${id}-error`;
  return hint ? `${id}-hint` : undefined;
}
