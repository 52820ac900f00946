// The palette's picture for Zone (node kinds bring their own, app/kinds).
// The button also says its name: the picture helps recognition, it is never the only cue.
export function ZoneGlyph() {
  return (
    <svg width={28} height={24} viewBox="0 0 28 24" aria-hidden="true" className="kind-glyph">
      <rect x="2.5" y="2.5" width="23" height="19" rx="4" fill="none" strokeWidth="2" strokeDasharray="4 3" />
    </svg>
  );
}
