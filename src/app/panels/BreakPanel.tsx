// "Break things" for the selection: Crash / Recover, Slow, Errors for a
// node; Partition / Heal, latency, loss for a link; an outage for a zone.
// Each fault is recorded into the scenario at the shown time, so the run
// replays exactly and a shared link carries it.
import { useState } from 'react';
import type { Topology } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import { nodeBreakTarget } from '../kinds/index.ts';
import { formatSimTime } from '../format.ts';
import { DEFAULT_STRENGTH, faultActions, type BreakTarget, type FaultStrength } from '../run/index.ts';
import type { Selection } from '../store/index.ts';
import { useAppStore, useAppStoreApi } from '../store/index.ts';

function targetOf(
  selection: Selection, scenario: Scenario, topology: Topology | null, nodeStates: Float64Array | null,
): { target: BreakTarget; title: string } | null {
  if (selection.nodeIds.length === 1) {
    const node = scenario.nodes.find((n) => n.id === selection.nodeIds[0]);
    const target = node ? nodeBreakTarget(scenario, topology, nodeStates, node.id) : null;
    if (node && target) return { target, title: node.label ?? node.id };
  }
  if (selection.linkIds.length === 1) return { target: { kind: 'link', id: selection.linkIds[0] }, title: `link ${selection.linkIds[0]}` };
  if (selection.zone) return { target: { kind: 'zone', id: selection.zone }, title: `zone ${selection.zone}` };
  return null;
}

/** Choices of strength for the faults that have one. */
const STRENGTHS: Partial<Record<string, { key: keyof FaultStrength; label: string; options: [number, string][] }>> = {
  slow: { key: 'slowFactor', label: 'Slow by', options: [[2, '×2'], [5, '×5'], [10, '×10'], [50, '×50']] },
  errors: { key: 'errorRate', label: 'Error share', options: [[0.1, '10 %'], [0.5, '50 %'], [1, '100 %']] },
  latency: { key: 'addMs', label: 'Extra latency', options: [[50, '+50 ms'], [200, '+200 ms'], [1000, '+1 s']] },
  loss: { key: 'lossRate', label: 'Loss share', options: [[0.05, '5 %'], [0.2, '20 %'], [0.5, '50 %'], [1, '100 %']] },
  surge: { key: 'surgeFactor', label: 'Surge by', options: [[2, '×2'], [3, '×3'], [5, '×5']] },
};

export function BreakPanel() {
  const store = useAppStoreApi();
  const selection = useAppStore((s) => s.selection);
  const scenario = useAppStore((s) => s.scenario);
  const simTimeMs = useAppStore((s) => s.simTimeMs);
  const ready = useAppStore((s) => s.topology !== null && s.runError === null);
  const topology = useAppStore((s) => s.topology);
  const nodeStates = useAppStore((s) => s.nodeStates);
  const [strength, setStrength] = useState<FaultStrength>(DEFAULT_STRENGTH);
  const chosen = targetOf(selection, scenario, topology, nodeStates);
  if (!chosen) return null;
  const actions = faultActions(chosen.target, scenario, simTimeMs, strength);
  const headingId = `break-${chosen.target.kind}`;
  return (
    <section className="break-panel" aria-labelledby={headingId}>
      <h3 className="break-title" id={headingId}>Break <span className="sr-only">{chosen.title}</span></h3>
      <div className="break-actions">
        {actions.map((a) => {
          const choice = a.inject ? STRENGTHS[a.type] : undefined;
          return (
            <div className="break-row" key={a.type}>
              <button type="button" className={`btn ${a.endIndex !== undefined ? 'btn-mend' : 'btn-break'}`} disabled={!ready}
                title={a.explain}
                onClick={() => {
                  const s = store.getState();
                  if (a.inject) s.injectFault(a.inject);
                  else if (a.endIndex !== undefined) s.endFault(a.endIndex);
                }}>
                {a.label}
              </button>
              {choice && (
                <select aria-label={choice.label} value={String(strength[choice.key])}
                  onChange={(e) => setStrength({ ...strength, [choice.key]: Number(e.target.value) })}>
                  {choice.options.map(([v, text]) => <option key={v} value={String(v)}>{text}</option>)}
                </select>
              )}
              {a.endIndex !== undefined && (
                <span className="break-since">since {formatSimTime(scenario.faults?.[a.endIndex]?.atMs ?? 0)}</span>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
