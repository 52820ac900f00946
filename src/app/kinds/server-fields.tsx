// A server or a database: how much it can do at once and how long each request takes.
import { DATABASE_DEFAULTS, SERVER_DEFAULTS, type DatabaseNode, type ServerNode } from '../../scenario/index.ts';
import { CheckboxField, DistField, NumberField } from '../fields/index.ts';
import { BreakerFields } from './circuit-breaker.tsx';

export function ServerFields({ node, index }: { node: ServerNode | DatabaseNode; index: number }) {
  const at = (...rest: (string | number)[]) => ['nodes', index, ...rest];
  const defaults = node.type === 'server' ? SERVER_DEFAULTS : DATABASE_DEFAULTS;
  return (
    <>
      <section className="inspector-section" aria-labelledby={`capacity-${index}`}>
        <h3 id={`capacity-${index}`}>Capacity</h3>
        <NumberField path={at('workers')} label="Workers" unit="at once" placeholder={defaults.workers} />
        <DistField path={at('serviceTimeMs')} label="Service time" unit="ms" fallback={defaults.serviceTimeMs} />
        <NumberField path={at('queueLimit')} label="Queue limit" unit="requests" placeholder={defaults.queueLimit} />
        <NumberField path={at('errorRate')} label="Error rate" unit="%" scale={100} placeholder={defaults.errorRate} />
      </section>
      {node.type === 'server' ? (
        <section className="inspector-section" aria-labelledby={`calls-${index}`}>
          <h3 id={`calls-${index}`}>Calls it makes</h3>
          <NumberField path={at('callTimeoutMs')} label="Call timeout" unit="ms" placeholder={SERVER_DEFAULTS.callTimeoutMs} hint="For each downstream call" />
          <CheckboxField path={at('shedExpired')} label="Shed expired requests" fallback={SERVER_DEFAULTS.shedExpired} hint="Drop a queued request whose caller has given up" />
        </section>
      ) : null}
      {node.type === 'server' ? <BreakerFields index={index} on={node.circuitBreaker !== undefined} per="dependency" /> : null}
    </>
  );
}
