// A cache: how long entries live, how many it keeps, and how it serves lookups.
import { CACHE_DEFAULTS, type CacheNode } from '../../scenario/index.ts';
import { CheckboxField, DistField, NumberField } from '../fields/index.ts';

export function CacheFields({ index }: { node: CacheNode; index: number }) {
  const at = (...rest: (string | number)[]) => ['nodes', index, ...rest];
  return (
    <>
      <section className="inspector-section" aria-labelledby={`entries-${index}`}>
        <h3 id={`entries-${index}`}>Entries</h3>
        <NumberField path={at('ttlMs')} label="Time to live" unit="ms" placeholder={CACHE_DEFAULTS.ttlMs} hint="From when an entry is stored; a hit does not extend it" />
        <NumberField path={at('capacity')} label="Capacity" unit="entries" placeholder={CACHE_DEFAULTS.capacity} hint="Past it, the least recently used entry is evicted" />
        <CheckboxField path={at('coalesce')} label="Coalesce misses" fallback={CACHE_DEFAULTS.coalesce} hint="Concurrent misses for one key wait for a single backend call" />
      </section>
      <section className="inspector-section" aria-labelledby={`lookups-${index}`}>
        <h3 id={`lookups-${index}`}>Lookups</h3>
        <NumberField path={at('workers')} label="Workers" unit="at once" placeholder={CACHE_DEFAULTS.workers} />
        <DistField path={at('serviceTimeMs')} label="Service time" unit="ms" fallback={CACHE_DEFAULTS.serviceTimeMs} />
        <NumberField path={at('queueLimit')} label="Queue limit" unit="requests" placeholder={CACHE_DEFAULTS.queueLimit} />
      </section>
    </>
  );
}
