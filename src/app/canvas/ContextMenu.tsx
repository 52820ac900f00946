// Right-click (or the Menu key) on a node, link or zone: the same fault
// actions as the "Break things" panel, with their default strengths.
import { useEffect, useRef } from 'react';
import { nodeBreakTarget } from '../kinds/index.ts';
import { faultActions, type BreakTarget } from '../run/index.ts';
import { useAppStore, useAppStoreApi } from '../store/index.ts';

/** What was right-clicked. */
export interface MenuTarget {
  kind: 'node' | 'link' | 'zone';
  id: string;
}

export interface MenuState {
  target: MenuTarget;
  title: string;
  /** Position inside the canvas, px. */
  x: number;
  y: number;
}

export function ContextMenu({ menu, onClose }: { menu: MenuState; onClose(): void }) {
  const store = useAppStoreApi();
  const scenario = useAppStore((s) => s.scenario);
  const simTimeMs = useAppStore((s) => s.simTimeMs);
  const ready = useAppStore((s) => s.topology !== null);
  const topology = useAppStore((s) => s.topology);
  const nodeStates = useAppStore((s) => s.nodeStates);
  const ref = useRef<HTMLDivElement>(null);
  const { kind, id } = menu.target;
  const target: BreakTarget | null = kind === 'node' ? nodeBreakTarget(scenario, topology, nodeStates, id) : { kind, id };
  const actions = target ? faultActions(target, scenario, simTimeMs) : [];

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const away = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', away, true);
    return () => window.removeEventListener('pointerdown', away, true);
  }, [onClose]);

  const onKey = (e: React.KeyboardEvent) => {
    const items = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') onClose();
    else if (e.key === 'ArrowDown') items[(at + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div ref={ref} className="context-menu" role="menu" aria-label={`Break ${menu.title}`}
      style={{ left: menu.x, top: menu.y }} onKeyDown={onKey}>
      <div className="context-title">{menu.title}</div>
      {actions.map((a) => (
        <button key={a.label} type="button" role="menuitem" disabled={!ready} title={a.explain}
          data-ends={a.endIndex !== undefined || undefined}
          onClick={() => {
            const s = store.getState();
            if (a.inject) s.injectFault(a.inject);
            else if (a.endIndex !== undefined) s.endFault(a.endIndex);
            onClose();
          }}>
          {a.label}
        </button>
      ))}
    </div>
  );
}
