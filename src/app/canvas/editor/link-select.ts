// Clicking a link selects it (shift or ⌘ adds or removes it), so the
// inspector can show its latency, loss and weight.
import { select } from 'd3';
import type { AppStore } from '../../store/index.ts';
import { isAdditive, type Behaviour } from './behaviour.ts';

export function createLinkSelect(viewport: SVGGElement, store: AppStore): Behaviour {
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || target.closest('.editor-over') || target.closest('[data-node-id]')) return;
    const id = target.closest('[data-link-id]')?.getAttribute('data-link-id');
    if (!id) return;
    const state = store.getState();
    if (isAdditive(event)) {
      const has = state.selection.linkIds.includes(id);
      state.select({
        nodeIds: state.selection.nodeIds,
        linkIds: has ? state.selection.linkIds.filter((l) => l !== id) : [...state.selection.linkIds, id],
      });
    } else {
      state.select({ linkIds: [id] });
    }
  };
  select(viewport).on('click.editor-link', onClick);
  return {
    update() {},
    destroy() {
      select(viewport).on('click.editor-link', null);
    },
  };
}
