// A DNS node: how it picks the endpoint it answers, how long answers live,
// and how it checks its endpoints (it always does).
import { DNS_DEFAULTS, HEALTH_CHECK_DEFAULTS, type DnsNode } from '../../scenario/index.ts';
import { DistField, NumberField, SelectField } from '../fields/index.ts';

const POLICIES = [
  { value: 'failover', label: 'Failover (first healthy, in link order)' },
  { value: 'weighted', label: 'Weighted (link weight)' },
  { value: 'roundRobin', label: 'Round robin' },
];

export function DnsFields({ index }: { node: DnsNode; index: number }) {
  const at = (...rest: (string | number)[]) => ['nodes', index, ...rest];
  return (
    <>
      <section className="inspector-section" aria-labelledby={`answers-${index}`}>
        <h3 id={`answers-${index}`}>Answers</h3>
        <SelectField path={at('policy')} label="Policy" choices={POLICIES} fallback={DNS_DEFAULTS.policy} />
        <NumberField path={at('ttlMs')} label="TTL" unit="ms" placeholder={DNS_DEFAULTS.ttlMs} hint="How long a resolver keeps an answer" />
        <DistField path={at('lookupMs')} label="Lookup time" unit="ms" fallback={DNS_DEFAULTS.lookupMs} />
      </section>
      <section className="inspector-section" aria-labelledby={`dns-health-${index}`}>
        <h3 id={`dns-health-${index}`}>Health checks</h3>
        <NumberField path={at('healthCheck', 'intervalMs')} label="Interval" unit="ms" placeholder={HEALTH_CHECK_DEFAULTS.intervalMs} />
        <NumberField path={at('healthCheck', 'timeoutMs')} label="Check timeout" unit="ms" placeholder={HEALTH_CHECK_DEFAULTS.timeoutMs} />
        <NumberField path={at('healthCheck', 'unhealthyThreshold')} label="Unhealthy after" unit="failed checks" placeholder={HEALTH_CHECK_DEFAULTS.unhealthyThreshold} />
        <NumberField path={at('healthCheck', 'healthyThreshold')} label="Healthy after" unit="passed checks" placeholder={HEALTH_CHECK_DEFAULTS.healthyThreshold} />
      </section>
    </>
  );
}
