// Zoom in, zoom out and fit to screen, in the canvas corner.
import { Icon } from '../panels/Icon.tsx';

export function CanvasTools({ onFit, onZoom }: { onFit(): void; onZoom(factor: number): void }) {
  return (
    <div className="canvas-tools" role="group" aria-label="View">
      <button type="button" className="btn btn-icon" aria-label="Zoom in" title="Zoom in" onClick={() => onZoom(1.25)}>
        <Icon name="plus" />
      </button>
      <button type="button" className="btn btn-icon" aria-label="Zoom out" title="Zoom out" onClick={() => onZoom(0.8)}>
        <Icon name="minus" />
      </button>
      <button type="button" className="btn" title="Show the whole system" onClick={onFit}>
        <Icon name="fit" /> Fit
      </button>
    </div>
  );
}
