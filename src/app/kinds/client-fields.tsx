// A client: how many users send how often, and what they do when an attempt fails.
import { CLIENT_DEFAULTS, type ClientNode } from '../../scenario/index.ts';
import { CheckboxField, NumberField, SelectField } from '../fields/index.ts';
import { BreakerFields } from './circuit-breaker.tsx';
import { KeyFields } from './zipf-fields.tsx';

const ARRIVALS = [
  { value: 'poisson', label: 'Poisson (random)' },
  { value: 'constant', label: 'Evenly spaced' },
];

export function ClientFields({ node, index, behindDns = false }: { node: ClientNode; index: number; behindDns?: boolean }) {
  const at = (...rest: (string | number)[]) => ['nodes', index, ...rest];
  const retrying = (node.retries?.max ?? 0) > 0;
  return (
    <>
      <section className="inspector-section" aria-labelledby={`traffic-${index}`}>
        <h3 id={`traffic-${index}`}>Traffic</h3>
        <NumberField path={at('rate')} label="Rate" unit="req/s" placeholder={CLIENT_DEFAULTS.rate} />
        <SelectField path={at('arrival')} label="Arrivals" choices={ARRIVALS} fallback={CLIENT_DEFAULTS.arrival} />
        <NumberField path={at('writeRatio')} label="Writes" unit="%" scale={100} placeholder={CLIENT_DEFAULTS.writeRatio} hint="Share of requests that write data" />
        <NumberField path={at('keys')} label="Distinct keys" unit="keys" placeholder={CLIENT_DEFAULTS.keys} />
        <KeyFields node={node} index={index} behindDns={behindDns} />
      </section>
      <section className="inspector-section" aria-labelledby={`retries-${index}`}>
        <h3 id={`retries-${index}`}>Timeouts and retries</h3>
        <NumberField path={at('timeoutMs')} label="Timeout" unit="ms" placeholder={CLIENT_DEFAULTS.timeoutMs} />
        <NumberField path={at('retries', 'max')} label="Retries" unit="at most" placeholder={0} />
        {retrying ? (
          <>
            <NumberField path={at('retries', 'backoffMs')} label="Backoff" unit="ms" placeholder={CLIENT_DEFAULTS.retries.backoffMs} hint="Doubles after each failed attempt" />
            <CheckboxField path={at('retries', 'jitter')} label="Full jitter" fallback={CLIENT_DEFAULTS.retries.jitter} hint="Spread retries randomly over the backoff" />
            <NumberField path={at('retries', 'budget')} label="Retry budget" unit="%" scale={100} hint="Empty: no cap. Caps retries at this share of requests" />
          </>
        ) : null}
      </section>
      <BreakerFields index={index} on={node.circuitBreaker !== undefined} per="link" />
    </>
  );
}
