// Opening a scenario file: from the Open dialog or dropped anywhere on the
// page. What it replaces goes under Recent (editor/autosave.ts); when this
// browser cannot keep anything, the user is asked first and offered Export.
import { useCallback, useEffect, useState } from 'react';
import type { Scenario } from '../../scenario/index.ts';
import { hasUnkeptWork, openScenario } from '../editor/index.ts';
import { getSavedWork } from '../storage/index.ts';
import type { AppStore } from '../store/index.ts';
import { importFile } from './import-file.ts';
import { problemOf, showProblem } from './notices.ts';

export interface PendingImport {
  scenario: Scenario;
  fileName: string;
}

export function useImport(store: AppStore) {
  const [pending, setPending] = useState<PendingImport | null>(null);

  const open = useCallback(
    (scenario: Scenario) => {
      store.getState().pause();
      openScenario(store, structuredClone(scenario), 'file');
      store.getState().clearSelection();
      showProblem(null);
      setPending(null);
    },
    [store],
  );

  const importOne = useCallback(
    async (file: File) => {
      const result = await importFile(file);
      if (!result.ok) return showProblem(problemOf(result.error, 'error', ' Nothing on screen changed.'));
      // Replacing is never losing: unless this browser can keep the work on screen, ask first.
      if (!getSavedWork().canKeep() && hasUnkeptWork(store.getState().scenario)) setPending({ scenario: result.scenario, fileName: file.name });
      else open(result.scenario);
    },
    [store, open],
  );

  // A file dropped anywhere on the page opens.
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') === true;
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (file) void importOne(file);
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [importOne]);

  return { importOne, pending, confirm: () => pending && open(pending.scenario), cancel: () => setPending(null) };
}
