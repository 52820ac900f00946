// Under a field: its validation error (announced, and scrolled into view when
// it appears) or else its hint. One component, so every field says it alike.
import { useEffect, useRef } from 'react';

export function FieldMessage({ id, error, hint }: { id: string; error?: string | null; hint?: string | null }) {
  const errorRef = useRef<HTMLParagraphElement>(null);
  // A message below the visible part of a scrolled panel would go unseen.
  useEffect(() => {
    if (error) errorRef.current?.scrollIntoView({ block: 'nearest' });
  }, [error]);
  if (error) {
    return (
      <p className="field-error" id={`${id}-error`} role="alert" ref={errorRef}>
        {error}
      </p>
    );
  }
  return hint ? <p className="field-hint" id={`${id}-hint`}>{hint}</p> : null;
}
