// A database's replicated cluster: who is primary, how writes are
// acknowledged, and how a lost primary is replaced.
import { CLUSTER_DEFAULTS, type Scenario } from '../../scenario/index.ts';
import { useAppStoreApi } from '../store/index.ts';
import { dissolveCluster, leaveCluster, setPrimary } from '../editor/index.ts';
import { CheckboxField, NumberField, SelectField } from '../fields/index.ts';

const REPLICATION = [
  { value: 'async', label: 'Asynchronous: acknowledge at once' },
  { value: 'semiSync', label: 'Semi-synchronous: after one replica' },
  { value: 'sync', label: 'Synchronous: after every replica' },
  { value: 'quorum', label: 'Quorum: after a majority' },
];
const READ_FROM = [
  { value: 'primary', label: 'Primary only' },
  { value: 'any', label: 'Any replica (may be stale)' },
];
const FAILOVER = [
  { value: 'automatic', label: 'Automatic' },
  { value: 'manual', label: 'Manual (a promote fault)' },
  { value: 'none', label: 'None' },
];

export function ClusterSection({ scenario, nodeId }: { scenario: Scenario; nodeId: string }) {
  const store = useAppStoreApi();
  const index = (scenario.clusters ?? []).findIndex((c) => c.members.includes(nodeId));
  if (index < 0) {
    return (
      <section className="inspector-section">
        <h3>Replication</h3>
        <p className="inspector-note">
          A single copy. To replicate, select two or more databases (shift-click) and choose Make replicated cluster.
        </p>
      </section>
    );
  }
  const cluster = (scenario.clusters ?? [])[index];
  const at = (...rest: (string | number)[]) => ['clusters', index, ...rest];
  const edit = store.getState().edit;
  return (
    <section className="inspector-section" aria-labelledby={`cluster-${index}`}>
      <h3 id={`cluster-${index}`}>Cluster {cluster.id}</h3>
      <ol className="member-list" aria-label="Members, primary first">
        {cluster.members.map((m, i) => (
          <li key={m}>
            <span className="member-name">{m}</span>
            {i === 0 ? (
              <span className="badge">Primary</span>
            ) : (
              <button type="button" className="button-quiet" onClick={() => edit(`Make ${m} primary`, (s) => setPrimary(s, cluster.id, m))}>
                Make {m} primary
              </button>
            )}
          </li>
        ))}
      </ol>
      <SelectField path={at('replication')} label="Replication" choices={REPLICATION} fallback={CLUSTER_DEFAULTS.replication} />
      {cluster.replication === 'semiSync' ? (
        <NumberField path={at('semiSyncTimeoutMs')} label="Semi-sync timeout" unit="ms" placeholder={CLUSTER_DEFAULTS.semiSyncTimeoutMs} hint="Then it acknowledges anyway (falls back to async)" />
      ) : null}
      <SelectField path={at('readFrom')} label="Reads from" choices={READ_FROM} fallback={CLUSTER_DEFAULTS.readFrom} />
      <SelectField path={at('failover', 'mode')} label="Failover" choices={FAILOVER} fallback={CLUSTER_DEFAULTS.failover.mode} />
      {(cluster.failover?.mode ?? CLUSTER_DEFAULTS.failover.mode) === 'automatic' ? (
        <>
          <NumberField path={at('failover', 'detectionMs')} label="Detection" unit="ms" placeholder={CLUSTER_DEFAULTS.failover.detectionMs} hint="How long the primary must be silent" />
          <NumberField path={at('failover', 'promotionMs')} label="Promotion" unit="ms" placeholder={CLUSTER_DEFAULTS.failover.promotionMs} />
        </>
      ) : null}
      <CheckboxField path={at('failover', 'requireQuorum')} label="Require a quorum" fallback={CLUSTER_DEFAULTS.failover.requireQuorum} hint="Only a majority may promote; a cut-off primary stops taking writes (no split brain)" />
      <div className="button-row">
        <button type="button" onClick={() => edit(`Take ${nodeId} out of ${cluster.id}`, (s) => leaveCluster(s, nodeId))}>
          Leave cluster
        </button>
        <button type="button" onClick={() => edit(`Dissolve ${cluster.id}`, (s) => dissolveCluster(s, cluster.id))}>
          Dissolve cluster
        </button>
      </div>
    </section>
  );
}
