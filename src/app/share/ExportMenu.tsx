// Files in and out, in the top bar: Open a scenario file (or drop one on the
// page), and Export the scenario (JSON, the format the CLI reads), the
// system picture (SVG, PNG), the metric series (CSV) and the report (JSON).
// Entries that have nothing to export yet say why instead of doing nothing.
import { useEffect, useRef, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../store/index.ts';
import { exportMetrics, exportPicture, exportReport, exportScenario } from './exports.ts';
import { useImport } from './use-import.ts';
// Styles travel with the component that needs them.
// oxlint-disable-next-line import/no-unassigned-import
import './share.css';

export function ExportMenu() {
  const store = useAppStoreApi();
  const [open, setOpen] = useState(false);
  const hasRows = useAppStore((s) => s.rows.length > 0);
  const hasReport = useAppStore((s) => s.report !== null);
  const fileInput = useRef<HTMLInputElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const { importOne, pending, confirm, cancel } = useImport(store);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('pointerdown', onDown);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', onDown);
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const act = (run: () => void | Promise<void>) => () => {
    setOpen(false);
    void run();
  };
  const state = () => store.getState();

  return (
    <div className="export" ref={menu}>
      <button type="button" className="btn" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}
        title="Open a scenario file, or save the scenario, a picture, the metrics or the report as files">
        Files
      </button>
      <input ref={fileInput} type="file" accept=".json,application/json" hidden aria-label="Scenario file to open"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importOne(file);
        }} />
      {open && (
        <div className="export-menu" role="menu" aria-label="Files">
          <button type="button" role="menuitem" onClick={() => {
            setOpen(false);
            fileInput.current?.click();
          }}>
            Open scenario file… <span className="export-hint">or drop one on the page</span>
          </button>
          <hr />
          <button type="button" role="menuitem" onClick={act(() => exportScenario(state()))}>
            Export scenario <span className="export-hint">JSON, runs in nines run</span>
          </button>
          <button type="button" role="menuitem" onClick={act(() => exportPicture(state(), 'svg'))}>
            Export picture <span className="export-hint">SVG</span>
          </button>
          <button type="button" role="menuitem" onClick={act(() => exportPicture(state(), 'png'))}>
            Export picture <span className="export-hint">PNG</span>
          </button>
          <button type="button" role="menuitem" disabled={!hasRows} onClick={act(() => exportMetrics(state()))}>
            Export metrics <span className="export-hint">{hasRows ? 'CSV, one row per scrape' : 'CSV, once the run has started'}</span>
          </button>
          <button type="button" role="menuitem" disabled={!hasReport} onClick={act(() => exportReport(state()))}>
            Export report <span className="export-hint">{hasReport ? 'JSON, as nines run --json' : 'JSON, when the run has ended'}</span>
          </button>
        </div>
      )}
      {pending && (
        <div className="export-confirm" role="alertdialog" aria-modal="true" aria-labelledby="import-confirm-title">
          <div className="export-confirm-box">
            <h2 id="import-confirm-title">Replace “{state().scenario.name}” with “{pending.scenario.name}”?</h2>
            <p>This browser cannot keep the scenario on screen, so it will be gone once replaced. Export it first to keep it.</p>
            <div className="export-confirm-actions">
              <button type="button" className="btn btn-primary" onClick={() => exportScenario(state())}>Export it first</button>
              <button type="button" className="btn" onClick={confirm}>Replace</button>
              <button type="button" className="btn" onClick={cancel}>Cancel</button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
