// The palette rail: kinds to add, edit commands, and the scenario menu.
import { useState } from 'react';
import { EditButtons } from './EditButtons.tsx';
import { KindButtons } from './KindButtons.tsx';
import { ScenarioMenu } from './ScenarioMenu.tsx';
// Styles travel with the component that needs them.
// oxlint-disable-next-line import/no-unassigned-import
import './palette.css';

export function Palette() {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="palette">
      <h2 className="palette-heading">Add</h2>
      <KindButtons onMessage={setMessage} />
      <p className="palette-message" role="status" aria-live="polite">
        {message ?? 'Drag onto the canvas, or press to add in the middle.'}
      </p>
      <h2 className="palette-heading">Edit</h2>
      <EditButtons />
      <h2 className="palette-heading">Scenario</h2>
      <ScenarioMenu />
    </div>
  );
}
