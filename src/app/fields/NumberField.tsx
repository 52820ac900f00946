// A number with its unit. The text is the user's while they type: a value
// that does not parse or validate stays in the box with its message beside
// it, and the scenario keeps its last good value. Empty means "the default",
// shown as the placeholder.
import { useId, useState } from 'react';
import type { FieldPath } from '../editor/index.ts';
import { describedBy, FieldShell } from './FieldShell.tsx';
import { useField } from './use-field.ts';
import { parseDurationMs } from '../../scenario/index.ts';
import { humanMs } from './human-time.ts';

export interface NumberFieldProps {
  path: FieldPath;
  label: string;
  /** The group this field belongs to, for screen readers and the undo label. */
  context?: string;
  unit?: string;
  /** Shown value = stored value × scale (100 shows a fraction as %). */
  scale?: number;
  /** The format's default, shown when the field is empty. */
  placeholder?: number;
  /** False when the field must hold a value (empty is an error). */
  optional?: boolean;
  hint?: string;
}

/** From a minute up, a ms value gets a hint in words ("= 1 h"); below, the number reads well as it is. */
const HINT_FROM_MS = 60_000;

function show(value: unknown, scale: number): string {
  if (typeof value !== 'number') return '';
  // Scaling a fraction can leave float dust (0.07 × 100 = 7.000000000000001).
  return String(Number((value * scale).toPrecision(12)));
}

/**
 * The stored value the text stands for (undefined for empty or not a
 * number). A field in ms also reads durations as people write them: `500ms`,
 * `30s`, `1h` (the scenario room's parseDurationMs, as the CLI does).
 */
function parseShown(text: string, scale: number, unit?: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (unit === 'ms' && /[a-z]/i.test(trimmed)) {
    const d = parseDurationMs(trimmed.replace(',', '.'));
    return d.ok ? d.ms : undefined;
  }
  const parsed = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(parsed)) return undefined;
  return scale === 1 ? parsed : Number((parsed / scale).toPrecision(12));
}

/** Validator messages speak in stored units; a scaled field speaks in the shown ones. */
function inShownUnits(message: string, scale: number, unit?: string): string {
  if (scale === 100 && /between 0 and 1\b/.test(message)) return `must be between 0 and 100 ${unit ?? '%'}`;
  return message;
}

export function NumberField({ path, label, context, unit, scale = 1, placeholder, optional = true, hint }: NumberFieldProps) {
  const id = useId();
  const { value, commit, seal, knob } = useField<number>(path, context ? `${context} ${label.toLowerCase()}` : label);
  const [text, setText] = useState(() => show(value, scale));
  const [error, setError] = useState<string | null>(null);
  const shownHint = hint ?? (unit === 'ms' && typeof value === 'number' && value >= HINT_FROM_MS ? `= ${humanMs(value)}` : undefined);

  // Undo, redo or another panel changed the value: show it, unless the box
  // holds what the user is typing towards that very value. (Adjusting state
  // while rendering, as React's docs advise, rather than in an effect.)
  const [seen, setSeen] = useState<unknown>(value);
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (parseShown(text, scale, unit) !== value) setText(show(value, scale));
    setError(null);
  }

  const onChange = (raw: string) => {
    setText(raw);
    const trimmed = raw.trim();
    if (trimmed === '') {
      setError(optional ? commit(undefined) : 'Enter a number');
      return;
    }
    const parsed = parseShown(trimmed, scale, unit);
    if (parsed === undefined) {
      setError(unit === 'ms' ? 'Enter milliseconds, or a time such as 500ms, 30s, 1h' : 'Enter a number');
      return;
    }
    const problem = commit(parsed);
    setError(problem ? inShownUnits(problem, scale, unit) : null);
  };

  return (
    <FieldShell id={id} label={label} context={context} unit={unit} hint={shownHint} error={error} knob={knob}>
      <input
        id={id}
        className="field-input field-number"
        type="text"
        inputMode={unit === 'ms' ? 'text' : 'decimal'}
        autoComplete="off"
        spellCheck={false}
        value={text}
        placeholder={placeholder === undefined ? undefined : show(placeholder, scale)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, shownHint)}
        onChange={(e) => onChange(e.target.value)}
        onBlur={seal}
        onKeyDown={(e) => {
          // Escape puts back the value in force; an invalid entry otherwise stays, with its message, until fixed.
          if (e.key === 'Escape' && error) {
            e.preventDefault();
            setText(show(value, scale));
            setError(null);
          }
        }}
      />
    </FieldShell>
  );
}
