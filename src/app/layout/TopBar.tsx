// The top bar: name of the lab and of the scenario, playback, sharing, theme.
import { useEffect, useState } from 'react';
import { encodeScenarioLink } from '../../scenario/index.ts';
import { Controls } from '../panels/Controls.tsx';
import { ExportMenu } from '../share/index.ts';
import { Icon } from '../panels/Icon.tsx';
import { useAppStore, useAppStoreApi } from '../store/index.ts';
import { applyTheme, currentTheme, type Theme } from '../theme.ts';

export function TopBar() {
  const name = useAppStore((s) => s.scenario.name);
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">9</span>
        <h1 className="brand-name">Nines</h1>
        <span className="scenario-name" title={name}>{name}</span>
      </div>
      <Controls />
      <div className="topbar-end">
        <PresenterToggle />
        <ExportMenu />
        <ShareButton />
        <ThemeToggle />
      </div>
    </header>
  );
}

function ShareButton() {
  const store = useAppStoreApi();
  const [status, setStatus] = useState<{ text: string; link?: string } | null>(null);
  useEffect(() => {
    if (!status) return;
    const id = window.setTimeout(() => setStatus(null), status.link ? 20_000 : 3_000);
    return () => window.clearTimeout(id);
  }, [status]);
  const share = async () => {
    let link: string;
    try {
      link = encodeScenarioLink(store.getState().scenario, window.location.origin + window.location.pathname);
    } catch (error) {
      setStatus({ text: error instanceof Error ? error.message : 'This scenario cannot become a link.' });
      return;
    }
    try {
      await navigator.clipboard.writeText(link);
      setStatus({ text: 'Link copied: it opens this scenario with its faults, so the run replays exactly.' });
    } catch {
      setStatus({ text: 'Copy this link:', link });
    }
  };
  return (
    <div className="share">
      <button type="button" className="btn" onClick={share} title="Copy a link to this scenario and its recorded faults">
        <Icon name="link" /> <span className="btn-text">Copy link</span>
      </button>
      {status && (
        <div className="popover" role="status">
          <p>{status.text}</p>
          {status.link && <input className="link-field" readOnly value={status.link} aria-label="Share link" onFocus={(e) => e.target.select()} />}
        </div>
      )}
    </div>
  );
}

/** Presenter mode: larger labels, readouts and chart text for a lecture hall; secondary chrome hidden. */
function PresenterToggle() {
  const store = useAppStoreApi();
  const on = useAppStore((s) => s.presenter);
  return (
    <button type="button" className="btn" aria-pressed={on} onClick={() => store.getState().setPresenter(!on)}
      title={on ? 'Back to the full lab' : 'Large text for a projector; the palette and settings are hidden'}>
      <Icon name="present" /> <span className="btn-text">Presenter</span>
    </button>
  );
}

function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(currentTheme);
  useEffect(() => {
    const onTheme = () => setTheme(currentTheme());
    window.addEventListener('nines:theme', onTheme);
    return () => window.removeEventListener('nines:theme', onTheme);
  }, []);
  const dark = theme === 'dark';
  return (
    <button type="button" className="btn btn-icon" aria-pressed={dark} aria-label="Dark theme"
      title={dark ? 'Switch to the light theme' : 'Switch to the dark theme'} onClick={() => applyTheme(dark ? 'light' : 'dark')}>
      <Icon name={dark ? 'moon' : 'sun'} />
    </button>
  );
}
