// The embed player, made for an iframe on a course page: the system and its
// traffic, play/pause and a scrubber, the headline readouts, a click on a
// node to crash or recover it, and "Open in Nines" to go on in the full lab.
// It never touches the user's saved work (a course page must not overwrite
// what the student built in the lab on the same site).
import { useEffect, type MouseEvent as ReactMouseEvent } from 'react';
import { SystemCanvas } from '../canvas/SystemCanvas.tsx';
import { formatLatency, formatPercent, formatSimTime } from '../format.ts';
import { Icon } from '../panels/Icon.tsx';
import { activeFaultIndex, latest, runAvailability } from '../run/index.ts';
import { ROW } from '../../engine/index.ts';
import { useAppStore, useAppStoreApi, type AppStore } from '../store/index.ts';
import { ShareNotices, fullLabLink } from '../share/index.ts';
// Styles travel with the component that needs them.
// oxlint-disable-next-line import/no-unassigned-import
import './embed.css';

/** Crashes the node, or recovers it when a crash of it is in force. */
export function toggleCrash(store: AppStore, id: string): void {
  const s = store.getState();
  const node = s.scenario.nodes.find((n) => n.id === id);
  if (!node) return;
  const active = activeFaultIndex(s.scenario, 'crash', id, s.simTimeMs);
  if (active >= 0) s.endFault(active);
  else s.injectFault({ type: 'crash', target: id });
}

/** The player has no inspector: whatever the canvas selects is let go at once. */
function useNoSelection(store: AppStore): void {
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.selection !== previous.selection && (state.selection.nodeIds.length > 0 || state.selection.linkIds.length > 0)) {
          state.clearSelection();
        }
      }),
    [store],
  );
}

/** A click on a node (the canvas's own click, seen on the way down) crashes or recovers it. */
function onStageClick(store: AppStore, event: ReactMouseEvent): void {
  const target = (event.target as Element).closest('[data-node-id]');
  const id = target?.getAttribute('data-node-id');
  if (id) toggleCrash(store, id);
}

export function EmbedApp() {
  const store = useAppStoreApi();
  useNoSelection(store);
  const name = useAppStore((s) => s.scenario.name);
  return (
    <div className="embed">
      <header className="embed-bar">
        <span className="brand-mark" aria-hidden="true">9</span>
        <h1 className="embed-name" title={name}>{name}</h1>
        <a className="btn embed-open" href={fullLabLink(store.getState().scenario, window.location)} target="_blank" rel="noopener"
          onPointerDown={(e) => (e.currentTarget.href = fullLabLink(store.getState().scenario, window.location))}
          onFocus={(e) => (e.currentTarget.href = fullLabLink(store.getState().scenario, window.location))}>
          Open in Nines
        </a>
      </header>
      <main className="embed-stage stage" aria-label="System" onClickCapture={(e) => onStageClick(store, e)}>
        <div className="notices"><ShareNotices onExport={() => undefined} /></div>
        <SystemCanvas />
        <p className="embed-tip">Click a node to crash it; click it again to recover.</p>
      </main>
      <EmbedControls />
    </div>
  );
}

function EmbedControls() {
  const store = useAppStoreApi();
  const playing = useAppStore((s) => s.playing || s.runToEndProgress !== null);
  const ready = useAppStore((s) => s.topology !== null && s.runError === null);
  const simTimeMs = useAppStore((s) => s.simTimeMs);
  const durationMs = useAppStore((s) => s.durationMs);
  const rows = useAppStore((s) => s.rows);
  const availability = runAvailability(rows);
  const p99 = latest(rows, ROW.latencyP99Ms);
  return (
    <footer className="embed-controls">
      <button type="button" className="btn btn-primary btn-play" disabled={!ready} onClick={() => store.getState().togglePlay()}>
        <Icon name={playing ? 'pause' : 'play'} /> {playing ? 'Pause' : 'Play'}
      </button>
      <input className="embed-scrub" type="range" min={0} max={Math.max(1, durationMs)} step={100} value={simTimeMs}
        aria-label="Timeline" aria-valuetext={formatSimTime(simTimeMs)} disabled={!ready}
        onChange={(e) => store.getState().seek(Number(e.target.value))} />
      <dl className="embed-readouts">
        <div><dt>Time</dt><dd><output aria-label="Simulated time">{formatSimTime(simTimeMs)}</output></dd></div>
        <div><dt>Availability</dt><dd><output aria-label="Availability">{availability === null ? '—' : formatPercent(availability)}</output></dd></div>
        <div><dt>p99 latency</dt><dd><output aria-label="p99 latency">{p99 === null || Number.isNaN(p99) ? '—' : formatLatency(p99)}</output></dd></div>
      </dl>
    </footer>
  );
}
