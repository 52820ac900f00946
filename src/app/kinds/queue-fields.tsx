// A queue: how much it holds, how it redelivers, and what a crash costs.
import { QUEUE_DEFAULTS, type QueueNode } from '../../scenario/index.ts';
import { CheckboxField, DistField, NumberField } from '../fields/index.ts';

export function QueueFields({ index }: { node: QueueNode; index: number }) {
  const at = (...rest: (string | number)[]) => ['nodes', index, ...rest];
  return (
    <>
      <section className="inspector-section" aria-labelledby={`messages-${index}`}>
        <h3 id={`messages-${index}`}>Messages</h3>
        <NumberField path={at('capacity')} label="Capacity" unit="messages" placeholder={QUEUE_DEFAULTS.capacity} hint="A message past it is rejected" />
        <DistField path={at('serviceTimeMs')} label="Accept time" unit="ms" fallback={QUEUE_DEFAULTS.serviceTimeMs} />
        <CheckboxField path={at('durable')} label="Durable" fallback={QUEUE_DEFAULTS.durable} hint="Off: a crash loses every message it holds" />
      </section>
      <section className="inspector-section" aria-labelledby={`delivery-${index}`}>
        <h3 id={`delivery-${index}`}>Delivery</h3>
        <NumberField path={at('visibilityTimeoutMs')} label="Visibility timeout" unit="ms" placeholder={QUEUE_DEFAULTS.visibilityTimeoutMs} hint="A delivery not processed by then is delivered again" />
        <NumberField path={at('maxReceives')} label="Max receives" unit="deliveries" placeholder={QUEUE_DEFAULTS.maxReceives} hint="Then the message is dead-lettered" />
      </section>
    </>
  );
}
