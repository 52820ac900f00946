// The inspector for one link: its latency, loss and (for balancers) weight.
import type { ReactNode } from 'react';
import { LINK_DEFAULTS, type Scenario } from '../../../scenario/index.ts';
import { kindModel } from '../../kinds/index.ts';
import { useAppStoreApi } from '../../store/index.ts';
import { findLinkIndex, isReplicationLink } from '../../editor/index.ts';
import { deleteSelection } from '../../commands/index.ts';
import { DistField, NumberField } from '../../fields/index.ts';

export function LinkInspector({ scenario, linkId , actions }: { scenario: Scenario; actions?: ReactNode; linkId: string }) {
  const store = useAppStoreApi();
  const index = findLinkIndex(scenario, linkId);
  const link = (scenario.links ?? [])[index];
  if (!link) return null;
  const at = (...rest: string[]) => ['links', index, ...rest];
  const from = scenario.nodes.find((n) => n.id === link.from);
  const replication = isReplicationLink(scenario, link);
  return (
    <div className="inspector-body" data-inspecting={linkId}>
      <header className="inspector-header">
        <p className="inspector-kind">{replication ? 'Replication link' : 'Link'}</p>
        <h2>
          {link.from} → {link.to}
        </h2>
      </header>
      {actions}
      <section className="inspector-section" key={linkId}>
        <h3>Network</h3>
        <DistField path={at('latencyMs')} label="Latency" unit="ms" fallback={LINK_DEFAULTS.latencyMs} />
        <NumberField path={at('lossRate')} label="Loss" unit="%" scale={100} placeholder={LINK_DEFAULTS.lossRate} hint="Messages dropped, either way" />
        {from && kindModel(from.type).weighsLinks ? (
          <NumberField path={at('weight')} label="Weight" unit="× share" placeholder={LINK_DEFAULTS.weight} hint="Used by weighted round robin" />
        ) : null}
      </section>
      <div className="button-row">
        <button type="button" className="button-danger" onClick={() => deleteSelection(store)}>
          Delete link
        </button>
      </div>
    </div>
  );
}
