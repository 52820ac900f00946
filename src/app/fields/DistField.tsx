// A distribution: its family, its parameters (each a number field with its
// unit, validated like any other), and a preview of its shape. A field left
// at the format's default shows that default and a button to change it.
import { useId, useState } from 'react';
import type { Dist, DistType } from '../../scenario/index.ts';
import type { FieldPath } from '../editor/index.ts';
import { NumberField } from './NumberField.tsx';
import { DistPreview } from './DistPreview.tsx';
import { asObject, convert, describe, DIST_NAMES, DIST_PARAMS } from './dist-shape.ts';
import { useField } from './use-field.ts';

export interface DistFieldProps {
  path: FieldPath;
  label: string;
  unit: string;
  fallback: Dist;
}

const TYPES = Object.keys(DIST_NAMES) as DistType[];

export function DistField({ path, label, unit, fallback }: DistFieldProps) {
  const id = useId();
  const { value, commit, seal, knob } = useField<Dist>(path, label);
  const [error, setError] = useState<string | null>(null);
  const write = (next: Dist | undefined) => {
    setError(commit(next));
    seal();
  };

  if (value === undefined) {
    return (
      <fieldset className="field-group dist-field" data-knob={knob ? 'true' : undefined}>
        <legend>{label}</legend>
        <p className="field-hint">Default: {describe(fallback, unit)}</p>
        <DistPreview dist={fallback} unit={unit} />
        <button type="button" className="button-quiet" onClick={() => write(structuredClone(fallback))}>
          Change {label.toLowerCase()}
        </button>
      </fieldset>
    );
  }

  const d = asObject(value);
  return (
    <fieldset className="field-group dist-field" data-knob={knob ? 'true' : undefined}>
      <legend>{label}</legend>
      <div className="field">
        <label className="field-label" htmlFor={id}>
          <span className="visually-hidden">{label}: </span>Shape
        </label>
        <div className="field-control">
          <select
            id={id}
            className="field-input field-select"
            value={d.type}
            onChange={(e) => write(convert(value, e.target.value as DistType))}
          >
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {DIST_NAMES[t]}
              </option>
            ))}
          </select>
        </div>
        {error ? <p className="field-error" role="alert">{error}</p> : null}
      </div>
      {typeof value === 'number' ? (
        <NumberField path={path} label="Value" context={label} unit={unit} optional={false} />
      ) : (
        DIST_PARAMS[d.type].map((p) => (
          <NumberField key={`${d.type}-${p.key}`} path={[...path, p.key]} label={p.label} context={label} unit={unit} optional={false} />
        ))
      )}
      <DistPreview dist={value} unit={unit} />
      <button type="button" className="button-quiet" onClick={() => write(undefined)}>
        Use the default
      </button>
    </fieldset>
  );
}
