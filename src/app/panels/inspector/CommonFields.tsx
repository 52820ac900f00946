// What every node has: a label, a zone, and optional random failures.
import type { ScenarioNode } from '../../../scenario/index.ts';
import { NumberField, ObjectToggle, TextField } from '../../fields/index.ts';
import { ZoneSelect } from './ZoneSelect.tsx';

/** One failure an hour, back in a minute: 98.4% available, easy to see in a run. */
const FAILURE_EXAMPLE = { mtbfMs: 3_600_000, mttrMs: 60_000 };

export function CommonFields({ node, index }: { node: ScenarioNode; index: number }) {
  const at = (...rest: (string | number)[]) => ['nodes', index, ...rest];
  return (
    <section className="inspector-section" aria-labelledby={`common-${index}`}>
      <h3 id={`common-${index}`}>Name and place</h3>
      <TextField path={at('label')} label="Label" placeholder={node.id} hint={`Id ${node.id}: faults and alerts refer to it`} />
      <ZoneSelect nodeIds={[node.id]} value={node.zone} />
      <ObjectToggle path={at('failure')} label="Random failures" whenOn={FAILURE_EXAMPLE} hint="Fails and recovers at random (exponential up and down times)" />
      {node.failure ? (
        <>
          <NumberField path={at('failure', 'mtbfMs')} label="Mean time between failures" unit="ms" optional={false} />
          <NumberField path={at('failure', 'mttrMs')} label="Mean time to repair" unit="ms" optional={false} />
        </>
      ) : null}
    </section>
  );
}
