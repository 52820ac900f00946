// Scheduled faults: the ones written in the scenario and the ones recorded
// while breaking things live. Each can be re-timed or removed here; new ones
// come from the live lab's Break panel.
import type { Fault } from '../../../scenario/index.ts';
import { useAppStore, useAppStoreApi } from '../../store/index.ts';
import { removeFault } from '../../editor/index.ts';
import { NumberField } from '../../fields/index.ts';

/** The one strength field a fault type carries, with its unit. */
const STRENGTH: Partial<Record<Fault['type'], { key: string; label: string; unit: string; scale?: number }>> = {
  slow: { key: 'factor', label: 'Slower by', unit: '×' },
  surge: { key: 'factor', label: 'Surge by', unit: '×' },
  errors: { key: 'rate', label: 'Failing', unit: '%', scale: 100 },
  loss: { key: 'rate', label: 'Lost', unit: '%', scale: 100 },
  latency: { key: 'addMs', label: 'Extra latency', unit: 'ms' },
};

/** A fault type as the lab says it ("Zone outage"), never its field name (`zoneOutage`). */
const FAULT_WORDS: Record<Fault['type'], string> = {
  crash: 'Crash', slow: 'Slow', errors: 'Errors', zoneOutage: 'Zone outage', partition: 'Partition', latency: 'Latency',
  loss: 'Loss', surge: 'Surge', drain: 'Drain', promote: 'Promote', flush: 'Flush',
};

function what(fault: Fault): string {
  const word = FAULT_WORDS[fault.type] ?? fault.type;
  if (fault.type === 'partition' && fault.groups) return `${word} ${fault.groups.map((g) => g.join(', ')).join(' | ')}`;
  return 'target' in fault && fault.target !== undefined ? `${word} ${fault.target}` : word;
}

export function FaultList() {
  const store = useAppStoreApi();
  const faults = useAppStore((s) => s.scenario.faults);
  if (!faults || faults.length === 0) return null;
  return (
    <section className="inspector-section" aria-labelledby="settings-faults">
      <h3 id="settings-faults">Scheduled faults</h3>
      {faults.map((fault, i) => {
        const strength = STRENGTH[fault.type];
        const title = what(fault);
        return (
          // Faults have no id; index and content keep React's fields with their fault.
          <fieldset key={`${i}-${title}`} className="field-group">
            <legend>{title}</legend>
            <NumberField path={['faults', i, 'atMs']} label="At" context={title} unit="ms" optional={false} />
            <NumberField path={['faults', i, 'durationMs']} label="Lasting" context={title} unit="ms" hint="Empty: to the end of the run" />
            {strength ? (
              <NumberField path={['faults', i, strength.key]} label={strength.label} context={title} unit={strength.unit} scale={strength.scale} optional={false} />
            ) : null}
            <button
              type="button"
              className="button-quiet"
              aria-label={`Remove fault ${title} at ${fault.atMs} ms`}
              onClick={() =>
                store.getState().edit(`Remove ${title}`, (s) => removeFault(s, i))
              }
            >
              Remove fault
            </button>
          </fieldset>
        );
      })}
    </section>
  );
}
