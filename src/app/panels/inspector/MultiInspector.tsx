// Several nodes selected: what can be done to all of them at once.
import { useState } from 'react';
import type { Scenario } from '../../../scenario/index.ts';
import { kindModel } from '../../kinds/index.ts';
import { useAppStoreApi } from '../../store/index.ts';
import { canConnect, canMakeCluster } from '../../editor/index.ts';
import { connectNodes, deleteSelection, duplicateSelection, makeClusterFromSelection, zoneNodes } from '../../commands/index.ts';
import { ZoneSelect } from './ZoneSelect.tsx';

export function MultiInspector({ scenario, nodeIds }: { scenario: Scenario; nodeIds: readonly string[] }) {
  const store = useAppStoreApi();
  const [message, setMessage] = useState<string | null>(null);
  const nodes = scenario.nodes.filter((n) => nodeIds.includes(n.id));
  const allDatabases = nodes.every((n) => kindModel(n.type).holdsData);
  const cluster = canMakeCluster(scenario, nodeIds);
  // Once made, the selection is that cluster: say what it does instead of offering it again.
  const together = (scenario.clusters ?? []).find((c) => nodeIds.every((id) => c.members.includes(id))) ?? null;
  const zones = new Set(nodes.map((n) => n.zone));
  const [a, b] = nodeIds;
  const pair = nodeIds.length === 2 ? canConnect(scenario, a, b) : null;
  return (
    <div className="inspector-body">
      <header className="inspector-header">
        <p className="inspector-kind">Selection</p>
        <h2>{nodes.length} nodes</h2>
      </header>
      <p className="inspector-note">{nodes.map((n) => n.id).join(', ')}</p>
      {allDatabases ? (
        <section className="inspector-section">
          <h3>Replication</h3>
          {together ? (
            <p className="field-hint" role="status">
              Replicated cluster {together.id} ({together.replication ?? 'async'}): {together.members[0]} is the primary and
              replicates to {together.members.slice(1).join(', ')} over the links drawn between them.
            </p>
          ) : (
            <>
              <button type="button" className="button-primary" disabled={!cluster.ok} onClick={() => makeClusterFromSelection(store)}>
                Make replicated cluster
              </button>
              <p className="field-hint">{cluster.ok ? `${nodeIds[0]} starts as the primary and replicates to the others over new links.` : cluster.reason}</p>
            </>
          )}
        </section>
      ) : null}
      <section className="inspector-section">
        <h3>Zone</h3>
        <ZoneSelect nodeIds={nodeIds} value={zones.size === 1 ? [...zones][0] : undefined} />
        <button type="button" onClick={() => zoneNodes(store)}>
          Put in a new zone
        </button>
      </section>
      {pair ? (
        <section className="inspector-section">
          <h3>Connect</h3>
          <button
            type="button"
            disabled={!pair.ok}
            onClick={() => {
              const result = connectNodes(store, a, b);
              setMessage(result.ok ? null : result.reason);
            }}
          >
            Connect {a} → {b}
          </button>
          <p className="field-hint">{pair.ok ? 'In the order you selected them.' : pair.reason}</p>
          {message ? <p className="field-error" role="alert">{message}</p> : null}
        </section>
      ) : null}
      <div className="button-row">
        <button type="button" onClick={() => duplicateSelection(store)}>
          Duplicate {nodes.length} nodes
        </button>
        <button type="button" className="button-danger" onClick={() => deleteSelection(store)}>
          Delete {nodes.length} nodes
        </button>
      </div>
    </div>
  );
}
