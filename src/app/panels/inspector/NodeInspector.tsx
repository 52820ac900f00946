// The inspector for one node: its kind's fields, then what every node has.
import type { Scenario } from '../../../scenario/index.ts';
import { useAppStoreApi } from '../../store/use-app-store.ts';
import { deleteSelection, duplicateSelection, KIND_NAME } from '../../editor/index.ts';
import { ClientFields } from './kinds/ClientFields.tsx';
import { ClusterSection } from './kinds/ClusterSection.tsx';
import { CommonFields } from './kinds/CommonFields.tsx';
import { LoadBalancerFields } from './kinds/LoadBalancerFields.tsx';
import { ServerFields } from './kinds/ServerFields.tsx';

export function NodeInspector({ scenario, nodeId }: { scenario: Scenario; nodeId: string }) {
  const store = useAppStoreApi();
  const index = scenario.nodes.findIndex((n) => n.id === nodeId);
  const node = scenario.nodes[index];
  if (!node) return null;
  return (
    <div className="inspector-body" data-inspecting={node.id}>
      <header className="inspector-header">
        <p className="inspector-kind">{KIND_NAME[node.type]}</p>
        <h2>{node.label ?? node.id}</h2>
      </header>
      {/* Keyed by node, so fields never carry one node's typing over to another. */}
      <div key={node.id}>
        {node.type === 'client' ? <ClientFields node={node} index={index} /> : null}
        {node.type === 'loadBalancer' ? <LoadBalancerFields node={node} index={index} /> : null}
        {node.type === 'server' || node.type === 'database' ? <ServerFields node={node} index={index} /> : null}
        {node.type === 'database' ? <ClusterSection scenario={scenario} nodeId={node.id} /> : null}
        <CommonFields node={node} index={index} />
      </div>
      <div className="button-row">
        <button type="button" onClick={() => duplicateSelection(store)}>
          Duplicate {node.id}
        </button>
        <button type="button" className="button-danger" onClick={() => deleteSelection(store)}>
          Delete {node.id}
        </button>
      </div>
    </div>
  );
}
