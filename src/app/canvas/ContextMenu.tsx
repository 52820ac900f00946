// Right-click (or the Menu key) on a node, link or zone: the same fault
// actions as the "Break things" panel, with their default strengths.
import { useEffect, useRef } from 'react';
import { faultActions, type BreakTarget } from '../run/fault-actions.ts';
import { useAppStore, useAppStoreApi } from '../store/use-app-store.ts';

export interface MenuState {
  target: BreakTarget;
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
  const ref = useRef<HTMLDivElement>(null);
  const actions = faultActions(menu.target, scenario, simTimeMs);

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
