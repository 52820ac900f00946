// The inspector for one node: its kind's fields, then what every node has.
import type { ReactNode } from 'react';
import type { Scenario } from '../../../scenario/index.ts';
import { useAppStoreApi } from '../../store/index.ts';
import { deleteSelection, duplicateSelection } from '../../commands/index.ts';
import { kindUi } from '../../kinds/index.ts';
import { CommonFields } from './CommonFields.tsx';

export function NodeInspector({ scenario, nodeId , actions }: { scenario: Scenario; actions?: ReactNode; nodeId: string }) {
  const store = useAppStoreApi();
  const index = scenario.nodes.findIndex((n) => n.id === nodeId);
  const node = scenario.nodes[index];
  if (!node) return null;
  const kind = kindUi(node.type);
  return (
    <div className="inspector-body" data-inspecting={node.id}>
      <header className="inspector-header">
        <p className="inspector-kind">{kind.name}</p>
        <h2>{node.label ?? node.id}</h2>
      </header>
      {actions}
      {/* Keyed by node, so fields never carry one node's typing over to another. */}
      <div key={node.id}>
        <kind.Fields node={node} index={index} scenario={scenario} />
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
