// The palette's kinds. Drag one onto the canvas to place it there; press it
// (click, Enter or Space) to add it in the middle of the view, selected, ready
// to be moved with the arrow keys. Zone puts the selected nodes in a new zone.
import { useEffect, useRef, type ComponentType } from 'react';
import { useAppStoreApi } from '../../store/index.ts';
import { addNodeAt, paletteColumnPx, zoneNodes } from '../../commands/index.ts';
import { canvasBridge, createPaletteDrag, type DropTarget, type PaletteKind } from '../../canvas/editor/index.ts';
import { kindUi, paletteKinds } from '../../kinds/index.ts';
import { ZoneGlyph } from './glyphs.tsx';

/** Every node kind from the kinds' registry, then Zone (not a node: a box around some). */
const KINDS: Array<{ kind: PaletteKind; name: string; Glyph: ComponentType }> = [
  ...paletteKinds().map((k) => ({ kind: k.type as PaletteKind, name: k.name, Glyph: k.PaletteGlyph })),
  { kind: 'zone', name: 'Zone', Glyph: ZoneGlyph },
];

export function KindButtons({ onMessage }: { onMessage(message: string | null): void }) {
  const store = useAppStoreApi();
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!list.current) return;
    const zoneTargets = (target: DropTarget | null): string[] => {
      if (!target?.nodeId) return [];
      const selected = store.getState().selection.nodeIds;
      return selected.includes(target.nodeId) ? selected : [target.nodeId];
    };
    const behaviour = createPaletteDrag(list.current, {
      describe(kind, target) {
        if (kind !== 'zone') return target ? { text: `Add ${kindUi(kind).word} here`, ok: true } : { text: kindUi(kind).name, ok: false };
        const ids = zoneTargets(target);
        return ids.length > 0 ? { text: `Put ${ids.length === 1 ? ids[0] : `${ids.length} nodes`} in a new zone`, ok: true } : { text: 'Drop onto a node', ok: false };
      },
      drop(kind, target) {
        if (kind !== 'zone') {
          addNodeAt(store, kind, target.x, target.y);
          onMessage(null);
          return;
        }
        const ids = zoneTargets(target);
        if (ids.length > 0) zoneNodes(store, ids);
        onMessage(ids.length > 0 ? null : 'Drop Zone onto a node, or select nodes and press Zone.');
      },
    });
    return () => behaviour.destroy();
  }, [store, onMessage]);

  const press = (kind: PaletteKind) => {
    if (kind === 'zone') {
      const zone = zoneNodes(store);
      onMessage(zone ? null : 'Select nodes first (shift-click), then press Zone.');
      return;
    }
    const bridge = canvasBridge();
    const [x, y] = bridge?.viewCentre() ?? [200, 200];
    const id = addNodeAt(store, kind, x + paletteColumnPx(kind), y);
    // Focus goes to the new node on the canvas, where the arrow keys move it.
    requestAnimationFrame(() => bridge?.svg.querySelector<SVGElement>(`[data-node-id="${CSS.escape(id)}"]`)?.focus());
    onMessage(`Added ${id}. Arrow keys move it; drag its handle to connect it.`);
  };

  return (
    <ul className="palette-kinds" ref={list}>
      {KINDS.map(({ kind, name, Glyph }) => (
        <li key={kind}>
          <button type="button" className="palette-kind" data-palette-kind={kind} onClick={() => press(kind)}>
            <Glyph />
            <span>{name}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
