// A client's keys — uniform, or Zipf (a few hot keys) — and, behind DNS, its
// resolver groups.
import { useId, useState } from 'react';
import { CLIENT_DEFAULTS, ZIPF_DEFAULT_S, type ClientNode, type KeyDistribution } from '../../scenario/index.ts';
import { describedBy, FieldShell, NumberField, useField } from '../fields/index.ts';

const HINT = 'Which key a request uses (caches and consistent hashing see them)';

function KeyDistributionField({ index }: { index: number }) {
  const id = useId();
  const { value, commit, seal } = useField<KeyDistribution>(['nodes', index, 'keyDistribution'], 'Key distribution');
  const [error, setError] = useState<string | null>(null);
  const zipf = typeof value === 'object';
  return (
    <FieldShell id={id} label="Key distribution" hint={HINT} error={error}>
      <select
        id={id}
        className="field-input field-select"
        value={zipf ? 'zipf' : 'uniform'}
        aria-describedby={describedBy(id, error, HINT)}
        onChange={(e) => {
          setError(commit(e.target.value === 'zipf' ? { type: 'zipf', s: ZIPF_DEFAULT_S } : undefined));
          seal();
        }}
      >
        <option value="uniform">Uniform (every key alike)</option>
        <option value="zipf">Zipf (a few hot keys)</option>
      </select>
    </FieldShell>
  );
}

export function KeyFields({ node, index, behindDns }: { node: ClientNode; index: number; behindDns: boolean }) {
  const at = (...rest: (string | number)[]) => ['nodes', index, ...rest];
  return (
    <>
      <KeyDistributionField index={index} />
      {typeof node.keyDistribution === 'object' ? (
        <NumberField path={at('keyDistribution', 's')} label="Zipf exponent s" unit="" placeholder={ZIPF_DEFAULT_S} hint="Key of rank r is chosen ∝ r^−s; higher s, hotter keys" />
      ) : null}
      {behindDns ? (
        <NumberField path={at('resolvers')} label="Resolver groups" unit="groups" placeholder={CLIENT_DEFAULTS.resolvers} hint="Each caches its own DNS answer" />
      ) : null}
    </>
  );
}
