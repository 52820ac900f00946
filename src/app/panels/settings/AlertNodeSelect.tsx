// Which node an alert watches; none means the system as its clients see it.
import { useId } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/index.ts';
import { setField } from '../../editor/index.ts';

const SYSTEM = '';

export function AlertNodeSelect({ index, value }: { index: number; value: string | undefined }) {
  const id = useId();
  const store = useAppStoreApi();
  const nodeIds = useAppStore((s) => s.scenario.nodes.map((n) => n.id).join('\n'));
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        Watching
      </label>
      <div className="field-control">
        <select
          id={id}
          className="field-input field-select"
          value={value ?? SYSTEM}
          onChange={(e) => {
            const node = e.target.value === SYSTEM ? undefined : e.target.value;
            store.getState().edit('Set alert node', (s) => setField(s, ['alerts', index, 'node'], node));
          }}
        >
          <option value={SYSTEM}>The whole system</option>
          {(nodeIds === '' ? [] : nodeIds.split('\n')).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
