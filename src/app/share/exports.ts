// The Export menu's actions: each turns what the store holds into a file.
import type { AppState } from '../store/index.ts';
import { downloadBlob, downloadText, fileStem } from './download.ts';
import { metricsCsv, reportJson, scenarioJson } from './export-data.ts';
import { svgToPng, systemDrawing, systemSvg } from './export-picture.ts';
import { showProblem } from './notices.ts';

export function exportScenario(state: AppState): void {
  downloadText(scenarioJson(state.scenario), `${fileStem(state.scenario.name)}.json`, 'application/json');
}

export function exportReport(state: AppState): void {
  if (state.report) downloadText(reportJson(state.report), `${fileStem(state.scenario.name)}-report.json`, 'application/json');
}

export function exportMetrics(state: AppState): void {
  downloadText(metricsCsv(state.rows, state.topology?.nodeIds ?? []), `${fileStem(state.scenario.name)}-metrics.csv`, 'text/csv');
}

export async function exportPicture(state: AppState, kind: 'svg' | 'png'): Promise<void> {
  const svg = systemDrawing();
  if (!svg) return;
  const picture = systemSvg(svg);
  const stem = fileStem(state.scenario.name);
  if (kind === 'svg') return downloadText(picture.text, `${stem}.svg`, 'image/svg+xml');
  try {
    downloadBlob(await svgToPng(picture.text, picture.width, picture.height), `${stem}.png`);
  } catch (error) {
    showProblem({ kind: 'error', title: `The picture could not be made: ${error instanceof Error ? error.message : String(error)}.`, lines: [] });
  }
}
