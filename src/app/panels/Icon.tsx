// Small line icons drawn in the text colour, always next to a word or with
// an accessible name on their button (icons alone say too little).
const PATHS: Record<string, string> = {
  play: 'M7 4.5v15l12-7.5z',
  pause: 'M7 5h3.5v14H7zM13.5 5H17v14h-3.5z',
  step: 'M6 5v14l9-7zM16 5h2.5v14H16z',
  'step-back': 'M18 5v14l-9-7zM8 5H5.5v14H8z',
  reset: 'M12 5a7 7 0 1 1-6.6 4.7M5 4v5h5',
  fast: 'M4 5v14l7.5-7zM12.5 5v14l7.5-7z',
  fit: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5',
  plus: 'M12 5v14M5 12h14',
  minus: 'M5 12h14',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  sun: 'M12 8a4 4 0 1 0 0 8a4 4 0 0 0 0-8zM12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8',
  moon: 'M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z',
  close: 'M6 6l12 12M18 6L6 18',
  present: 'M3 4h18v12H3zM12 16v4M8 20h8',
};

const FILLED = new Set(['play', 'pause', 'step', 'step-back', 'fast']);

export function Icon({ name }: { name: keyof typeof PATHS | string }) {
  const filled = FILLED.has(name);
  return (
    <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={PATHS[name] ?? ''} fill={filled ? 'currentColor' : 'none'} stroke={filled ? 'none' : 'currentColor'}
        strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
