// Small pictures for the palette's kinds. Each button also says its kind in
// words: the picture helps recognition, it is never the only cue.
import type { PaletteKind } from '../../canvas/editor/index.ts';

export function KindGlyph({ kind }: { kind: PaletteKind }) {
  const common = { width: 28, height: 24, viewBox: '0 0 28 24', 'aria-hidden': true, className: 'kind-glyph' } as const;
  switch (kind) {
    case 'client':
      return (
        <svg {...common}>
          <circle cx="14" cy="7" r="4.5" />
          <path d="M5 22c0-5 4-8 9-8s9 3 9 8z" />
        </svg>
      );
    case 'loadBalancer':
      return (
        <svg {...common}>
          <circle cx="6" cy="12" r="3.5" />
          <path d="M9 12h5M14 12l8-7M14 12h8M14 12l8 7" fill="none" strokeWidth="2" />
        </svg>
      );
    case 'server':
      return (
        <svg {...common}>
          <rect x="5" y="2" width="18" height="8" rx="1.5" />
          <rect x="5" y="13" width="18" height="8" rx="1.5" />
        </svg>
      );
    case 'database':
      return (
        <svg {...common}>
          <ellipse cx="14" cy="5" rx="9" ry="3.5" />
          <path d="M5 5v13c0 2 4 3.5 9 3.5s9-1.5 9-3.5V5c0 2-4 3.5-9 3.5S5 7 5 5z" />
        </svg>
      );
    case 'zone':
      return (
        <svg {...common}>
          <rect x="2.5" y="2.5" width="23" height="19" rx="4" fill="none" strokeWidth="2" strokeDasharray="4 3" />
        </svg>
      );
  }
}
