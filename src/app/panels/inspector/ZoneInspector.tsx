// The inspector for a zone: rename it, see its members, dissolve it.
import { useId, useState, type ReactNode } from 'react';
import { ID_PATTERN, type Scenario } from '../../../scenario/index.ts';
import { useAppStoreApi } from '../../store/index.ts';
import { removeZone, renameZone, zoneMembers } from '../../editor/index.ts';

export function ZoneInspector({ scenario, zone , actions }: { scenario: Scenario; actions?: ReactNode; zone: string }) {
  const store = useAppStoreApi();
  const id = useId();
  const [name, setName] = useState(zone);
  const [error, setError] = useState<string | null>(null);
  const members = zoneMembers(scenario, zone);

  const problem = (next: string): string | null => {
    if (next === zone) return null;
    if (!ID_PATTERN.test(next)) return 'Use 1–64 letters, digits, - or _';
    if (scenario.nodes.some((n) => n.zone === next)) return `Zone ${next} exists already`;
    return null;
  };
  // Checked as the user types; applied when they leave the field or press
  // Enter, since a rename re-targets the selection (and this very panel).
  const apply = () => {
    if (name === zone || problem(name)) return;
    store.getState().edit(`Rename zone ${zone} to ${name}`, (s) => renameZone(s, zone, name));
    store.getState().select({ zone: name });
  };

  return (
    <div className="inspector-body" data-inspecting={zone}>
      <header className="inspector-header">
        <p className="inspector-kind">Zone</p>
        <h2>{zone}</h2>
      </header>
      {actions}
      <section className="inspector-section">
        <div className="field" data-invalid={error ? 'true' : undefined}>
          <label className="field-label" htmlFor={id}>
            Zone name
          </label>
          <div className="field-control">
            <input
              id={id}
              className="field-input"
              value={name}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => {
                setName(e.target.value);
                setError(problem(e.target.value));
              }}
              onBlur={apply}
              onKeyDown={(e) => {
                if (e.key === 'Enter') apply();
              }}
            />
          </div>
          {error ? <p className="field-error" id={`${id}-error`} role="alert">{error}</p> : null}
        </div>
        <h3>Members</h3>
        <ul className="member-list">
          {members.map((m) => (
            <li key={m}>
              <button type="button" className="button-link" onClick={() => store.getState().select({ nodeIds: [m] })}>
                {m}
              </button>
            </li>
          ))}
        </ul>
        <p className="inspector-note">A zone outage takes every node in it down at once. Move nodes in or out with each node's Zone field.</p>
      </section>
      <div className="button-row">
        <button type="button" className="button-danger" onClick={() => store.getState().edit(`Remove zone ${zone}`, (s) => removeZone(s, zone))}>
          Remove zone
        </button>
      </div>
    </div>
  );
}
