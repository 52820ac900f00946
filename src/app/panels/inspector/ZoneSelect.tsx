// Which availability zone nodes are in: none, an existing zone, or a new one.
import { useId } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/index.ts';
import { nextZoneName, setZone, zoneNames } from '../../editor/index.ts';

const NONE = '';
const NEW = '\u0000new';

export function ZoneSelect({ nodeIds, value }: { nodeIds: readonly string[]; value: string | undefined }) {
  const id = useId();
  const store = useAppStoreApi();
  const zones = useAppStore((s) => zoneNames(s.scenario).join('\n'));
  const names = zones === '' ? [] : zones.split('\n');
  const who = nodeIds.length === 1 ? nodeIds[0] : `${nodeIds.length} nodes`;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        Zone
      </label>
      <div className="field-control">
        <select
          id={id}
          className="field-input field-select"
          value={value ?? NONE}
          onChange={(e) => {
            const { scenario, edit } = store.getState();
            const choice = e.target.value;
            const zone = choice === NONE ? undefined : choice === NEW ? nextZoneName(scenario) : choice;
            edit(zone ? `Put ${who} in ${zone}` : `Take ${who} out of its zone`, (s) => setZone(s, nodeIds, zone));
          }}
        >
          <option value={NONE}>No zone</option>
          {names.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
          <option value={NEW}>New zone</option>
        </select>
      </div>
    </div>
  );
}
