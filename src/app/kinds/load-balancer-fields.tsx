// A load balancer: how it picks a backend, and whether it notices dead ones.
import { HEALTH_CHECK_DEFAULTS, LOAD_BALANCER_DEFAULTS, type LoadBalancerNode } from '../../scenario/index.ts';
import { CheckboxField, DistField, NumberField, ObjectToggle, SelectField } from '../fields/index.ts';

const ALGORITHMS = [
  { value: 'roundRobin', label: 'Round robin' },
  { value: 'weightedRoundRobin', label: 'Weighted round robin (link weight)' },
  { value: 'leastConnections', label: 'Least connections' },
  { value: 'random', label: 'Random' },
  { value: 'powerOfTwo', label: 'Power of two choices' },
  { value: 'consistentHash', label: 'Consistent hash (by key)' },
  { value: 'failover', label: 'Failover (active–passive)' },
];

export function LoadBalancerFields({ node, index }: { node: LoadBalancerNode; index: number }) {
  const at = (...rest: (string | number)[]) => ['nodes', index, ...rest];
  return (
    <>
      <section className="inspector-section" aria-labelledby={`routing-${index}`}>
        <h3 id={`routing-${index}`}>Routing</h3>
        <SelectField path={at('algorithm')} label="Algorithm" choices={ALGORITHMS} fallback={LOAD_BALANCER_DEFAULTS.algorithm} />
        <CheckboxField path={at('failOpen')} label="Fail open" fallback={LOAD_BALANCER_DEFAULTS.failOpen} hint="With every backend unhealthy, spread traffic over all instead of rejecting" />
        <NumberField path={at('timeoutMs')} label="Backend timeout" unit="ms" placeholder={LOAD_BALANCER_DEFAULTS.timeoutMs} />
        <DistField path={at('processingMs')} label="Processing time" unit="ms" fallback={LOAD_BALANCER_DEFAULTS.processingMs} />
      </section>
      <section className="inspector-section" aria-labelledby={`health-${index}`}>
        <h3 id={`health-${index}`}>Health checks</h3>
        <ObjectToggle path={at('healthCheck')} label="Health checks" whenOn={HEALTH_CHECK_DEFAULTS} hint="Without them, dead backends keep getting traffic" />
        {node.healthCheck ? (
          <>
            <NumberField path={at('healthCheck', 'intervalMs')} label="Interval" unit="ms" placeholder={HEALTH_CHECK_DEFAULTS.intervalMs} />
            <NumberField path={at('healthCheck', 'timeoutMs')} label="Check timeout" unit="ms" placeholder={HEALTH_CHECK_DEFAULTS.timeoutMs} />
            <NumberField path={at('healthCheck', 'unhealthyThreshold')} label="Unhealthy after" unit="failed checks" placeholder={HEALTH_CHECK_DEFAULTS.unhealthyThreshold} />
            <NumberField path={at('healthCheck', 'healthyThreshold')} label="Healthy after" unit="passed checks" placeholder={HEALTH_CHECK_DEFAULTS.healthyThreshold} />
            <CheckboxField path={at('healthCheck', 'deep')} label="Deep check" fallback={HEALTH_CHECK_DEFAULTS.deep} hint="Passes only when the backend's own dependencies answer too" />
          </>
        ) : null}
      </section>
    </>
  );
}
