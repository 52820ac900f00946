// Labelled, validated form controls for scenario fields, by path.
export { NumberField, type NumberFieldProps } from './NumberField.tsx';
export { SelectField, type SelectFieldProps, type Choice } from './SelectField.tsx';
export { CheckboxField } from './CheckboxField.tsx';
export { TextField } from './TextField.tsx';
export { DistField } from './DistField.tsx';
export { ObjectToggle } from './ObjectToggle.tsx';
export { useField } from './use-field.ts';
export { describedBy, FieldShell } from './FieldShell.tsx';
