// Tabs over a list of panels (layout/panels.tsx): a tab strip with arrow-key
// movement (WAI-ARIA tabs), and the chosen panel below it, scrolling on its
// own. With a single entry there is no strip, just the panel.
import { useId, useRef, type KeyboardEvent } from 'react';
import type { PanelEntry } from './panels.tsx';

interface Props {
  entries: readonly PanelEntry[];
  active: string;
  onChoose(id: string): void;
  /** The strip's accessible name. */
  label: string;
}

export function PanelTabs({ entries, active, onChoose, label }: Props) {
  const base = useId();
  const strip = useRef<HTMLDivElement>(null);
  const current = entries.find((e) => e.id === active) ?? entries[0];
  if (!current) return null;
  const onKey = (e: KeyboardEvent) => {
    const i = entries.indexOf(current);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? entries.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const entry = entries[(next + entries.length) % entries.length];
    onChoose(entry.id);
    strip.current?.querySelector<HTMLButtonElement>(`[data-tab="${entry.id}"]`)?.focus();
  };
  return (
    <>
      {entries.length > 1 && (
        <div className="panel-tabs" role="tablist" aria-label={label} ref={strip} onKeyDown={onKey}>
          {entries.map((e) => (
            <button key={e.id} type="button" role="tab" id={`${base}-${e.id}`} data-tab={e.id}
              aria-selected={e === current} aria-controls={`${base}-panel`} tabIndex={e === current ? 0 : -1}
              onClick={() => onChoose(e.id)}>
              {e.title}
            </button>
          ))}
        </div>
      )}
      <div className="panel-body" role={entries.length > 1 ? 'tabpanel' : undefined} id={`${base}-panel`}
        aria-labelledby={entries.length > 1 ? `${base}-${current.id}` : undefined}>
        <current.Component />
      </div>
    </>
  );
}
